/* herald-stdio-stream.h — a GOutputStream onto a stdio FILE (standard output)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <stdio.h>

G_BEGIN_DECLS

#define HERALD_TYPE_STDIO_STREAM (herald_stdio_stream_get_type ())

G_DECLARE_FINAL_TYPE (HeraldStdioStream, herald_stdio_stream, HERALD, STDIO_STREAM, GOutputStream)

GOutputStream *herald_stdio_stream_new (FILE *file);

G_END_DECLS
