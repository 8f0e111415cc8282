/* herald-stdio-stream.c — a GOutputStream onto a stdio FILE (standard output)
 *
 * The command line writes its lists through a GOutputStream so that the
 * writers are the same in tests (a memory stream) and in use.  Standard
 * output is reached through its stdio FILE, whose buffer the stream shares
 * with anything else the process prints.  Closing the stream flushes the
 * FILE but leaves it open: it belongs to the process.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-stdio-stream"

#include "config.h"

#include <errno.h>

#include "herald-stdio-stream.h"

struct _HeraldStdioStream
{
  GOutputStream  parent_instance;

  FILE          *file;
};

G_DEFINE_FINAL_TYPE (HeraldStdioStream, herald_stdio_stream, G_TYPE_OUTPUT_STREAM)

static gboolean
set_error_from_errno (GError **error)
{
  int saved_errno = errno;

  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
  return FALSE;
}

static gssize
herald_stdio_stream_write (GOutputStream  *stream,
                           const void     *buffer,
                           gsize           count,
                           GCancellable   *cancellable,
                           GError        **error)
{
  HeraldStdioStream *self = HERALD_STDIO_STREAM (stream);
  gsize written;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return -1;

  errno = 0;
  written = fwrite (buffer, 1, count, self->file);
  if (written == 0 && count > 0)
    {
      if (errno == 0)
        errno = EIO;
      set_error_from_errno (error);
      return -1;
    }

  return written;
}

static gboolean
herald_stdio_stream_flush (GOutputStream  *stream,
                           GCancellable   *cancellable,
                           GError        **error)
{
  HeraldStdioStream *self = HERALD_STDIO_STREAM (stream);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  errno = 0;
  if (fflush (self->file) != 0)
    {
      if (errno == 0)
        errno = EIO;
      return set_error_from_errno (error);
    }

  return TRUE;
}

static gboolean
herald_stdio_stream_close (GOutputStream  *stream,
                           GCancellable   *cancellable,
                           GError        **error)
{
  return herald_stdio_stream_flush (stream, cancellable, error);
}

static void
herald_stdio_stream_class_init (HeraldStdioStreamClass *klass)
{
  GOutputStreamClass *stream_class = G_OUTPUT_STREAM_CLASS (klass);

  stream_class->write_fn = herald_stdio_stream_write;
  stream_class->flush = herald_stdio_stream_flush;
  stream_class->close_fn = herald_stdio_stream_close;
}

static void
herald_stdio_stream_init (HeraldStdioStream *self)
{
}

/**
 * herald_stdio_stream_new:
 * @file: an open stdio FILE, such as `stdout`; it must outlive the stream
 *
 * Returns: (transfer full): a stream writing to @file
 */
GOutputStream *
herald_stdio_stream_new (FILE *file)
{
  HeraldStdioStream *self;

  g_return_val_if_fail (file != NULL, NULL);

  self = g_object_new (HERALD_TYPE_STDIO_STREAM, NULL);
  self->file = file;

  return G_OUTPUT_STREAM (self);
}
