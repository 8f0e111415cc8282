/* herald-review-writer.c — the week review as PDF, CSV or Markdown
 *
 * The review goes to the team lead as a PDF (A4, charts drawn with cairo,
 * the CJK fonts embedded), to a spreadsheet as CSV (UTF-8 with a BOM, the
 * way Excel on Chinese Windows opens it right) or to a wiki as Markdown.
 * Files are written whole or not at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "herald-channel-kind.h"
#include "herald-metric-names.h"
#include "herald-review-writer.h"

/* Formatting numbers */

static char *
format_value (const char *metric,
              double      value)
{
  if (isnan (value))
    return g_strdup ("—");
  if (g_str_equal (metric, "completion_rate") || g_str_has_suffix (metric, "_rate"))
    return g_strdup_printf ("%.1f%%", value * 100);
  if (herald_metric_is_rate (metric))
    return g_strdup_printf ("%.1f", value);
  return g_strdup_printf ("%.0f", value);
}

static char *
format_share (double share)
{
  if (isnan (share))
    return g_strdup ("—");
  return g_strdup_printf ("%.1f%%", share * 100);
}

static const char *
kpi_scope (const HeraldReviewKpi *kpi)
{
  return kpi->account_name != NULL ? kpi->account_name : _("All accounts");
}

/* Ahead, behind or on pace, as the lead reads it. */
static const char *
kpi_pace (const HeraldReviewKpi *kpi)
{
  if (isnan (kpi->done) || isnan (kpi->expected))
    return "";
  if (kpi->done >= 1)
    return _("Reached");
  if (kpi->expected <= 0)
    return _("Not Started");
  if (kpi->done >= kpi->expected)
    return _("Ahead");
  return _("Behind");
}

static char *
week_title (HeraldWeekReview *review)
{
  g_autofree char *week = herald_week_review_get_week_name (review);
  GDate monday, sunday;
  char from[16], to[16];

  herald_week_review_get_days (review, &monday, &sunday);
  g_date_strftime (from, sizeof from, "%Y-%m-%d", &monday);
  g_date_strftime (to, sizeof to, "%Y-%m-%d", &sunday);
  /* Translators: a campaign's week review: the campaign, the ISO week
   * (2026-W48), its first and last day */
  return g_strdup_printf (_("%s — Week Review %s (%s to %s)"),
                          herald_campaign_get_name (herald_week_review_get_campaign (review)),
                          week, from, to);
}

/* CSV */

static void
csv_field (GString    *out,
           const char *text)
{
  if (out->len > 0 && out->str[out->len - 1] != '\n')
    g_string_append_c (out, ',');

  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
csv_row (GString *out,
         ...)
{
  va_list args;
  const char *field;

  va_start (args, out);
  while ((field = va_arg (args, const char *)) != NULL)
    csv_field (out, field);
  va_end (args);
  g_string_append (out, "\r\n");
}

static GBytes *
write_csv (HeraldWeekReview *review)
{
  g_autoptr (GString) out = g_string_new ("\xEF\xBB\xBF");
  g_autofree char *title = week_title (review);
  const HeraldReviewKpi *kpis;
  const HeraldReviewChannel *channels;
  const HeraldReviewPost *posts;
  guint n;

  csv_row (out, title, NULL);
  g_string_append (out, "\r\n");

  /* Translators: the column saying whom a KPI is for: all accounts or one */
  csv_row (out, _("KPI"), C_("kpi", "Scope"), _("Target"), _("This Week"), _("Last Week"),
           _("Change"), _("To Date"), _("Done"), _("Time Gone"), _("Pace"), NULL);
  kpis = herald_week_review_get_kpis (review, &n);
  for (guint i = 0; i < n; i++)
    {
      const HeraldReviewKpi *kpi = &kpis[i];
      g_autofree char *target = format_value (kpi->metric, kpi->target);
      g_autofree char *week = format_value (kpi->metric, kpi->week);
      g_autofree char *previous = format_value (kpi->metric, kpi->previous);
      g_autofree char *change = herald_review_format_change (kpi->week, kpi->previous);
      g_autofree char *to_date = format_value (kpi->metric, kpi->to_date);
      g_autofree char *done = format_share (kpi->done);
      g_autofree char *expected = format_share (kpi->expected);

      csv_row (out, herald_metric_get_label (kpi->metric), kpi_scope (kpi), target, week, previous,
               change, to_date, done, expected, kpi_pace (kpi), NULL);
    }
  g_string_append (out, "\r\n");

  channels = herald_week_review_get_channels (review, &n);
  {
    csv_field (out, _("Channel"));
    for (guint t = 0; t < HERALD_REVIEW_N_TOTALS; t++)
      {
        const char *label = herald_metric_get_label (herald_review_total_metric (t));
        g_autofree char *change = g_strdup_printf (_("%s Change"), label);

        csv_field (out, label);
        csv_field (out, change);
      }
    g_string_append (out, "\r\n");
  }
  for (guint i = 0; i < n; i++)
    {
      csv_field (out, herald_channel_kinds_get_display_name (channels[i].kind));
      for (guint t = 0; t < HERALD_REVIEW_N_TOTALS; t++)
        {
          g_autofree char *value = format_value (herald_review_total_metric (t), channels[i].week[t]);
          g_autofree char *change = herald_review_format_change (channels[i].week[t], channels[i].previous[t]);

          csv_field (out, value);
          csv_field (out, change);
        }
      g_string_append (out, "\r\n");
    }
  g_string_append (out, "\r\n");

  csv_row (out, _("Top Posts"), _("Account"), _("Channel"), _("Views This Week"),
           herald_metric_get_label ("views"), herald_metric_get_label ("likes"),
           herald_metric_get_label ("comments"), herald_metric_get_label ("shares"), NULL);
  posts = herald_week_review_get_top_posts (review, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *week = format_value ("views", posts[i].views_week);
      g_autofree char *views = format_value ("views", posts[i].totals[HERALD_REVIEW_VIEWS]);
      g_autofree char *likes = format_value ("likes", posts[i].totals[HERALD_REVIEW_LIKES]);
      g_autofree char *comments = format_value ("comments", posts[i].totals[HERALD_REVIEW_COMMENTS]);
      g_autofree char *shares = format_value ("shares", posts[i].totals[HERALD_REVIEW_SHARES]);

      csv_row (out, posts[i].title, posts[i].account_name != NULL ? posts[i].account_name : "",
               herald_channel_kinds_get_display_name (posts[i].kind), week, views, likes, comments, shares, NULL);
    }
  g_string_append (out, "\r\n");

  csv_row (out, _("Problems"), herald_week_review_get_problems (review), NULL);
  csv_row (out, _("Next Week"), herald_week_review_get_next_week (review), NULL);

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/* Markdown */

static void
md_cell (GString    *out,
         const char *text)
{
  g_string_append (out, " ");
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '|')
        g_string_append (out, "\\|");
      else if (*p == '\n' || *p == '\r')
        g_string_append_c (out, ' ');
      else
        g_string_append_c (out, *p);
    }
  g_string_append (out, " |");
}

static void
md_row (GString *out,
        ...)
{
  va_list args;
  const char *cell;

  va_start (args, out);
  g_string_append (out, "|");
  while ((cell = va_arg (args, const char *)) != NULL)
    md_cell (out, cell);
  va_end (args);
  g_string_append (out, "\n");
}

static void
md_rule (GString *out,
         guint    n_columns)
{
  g_string_append (out, "|");
  for (guint i = 0; i < n_columns; i++)
    g_string_append (out, i == 0 ? " --- |" : " ---: |");
  g_string_append (out, "\n");
}

static void
md_text (GString    *out,
         const char *heading,
         const char *text)
{
  g_string_append_printf (out, "\n## %s\n\n%s\n", heading, *text != '\0' ? text : "—");
}

static GBytes *
write_markdown (HeraldWeekReview *review)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autofree char *title = week_title (review);
  const HeraldReviewKpi *kpis;
  const HeraldReviewChannel *channels;
  const HeraldReviewPost *posts;
  guint n;

  g_string_append_printf (out, "# %s\n", title);

  g_string_append_printf (out, "\n## %s\n\n", _("KPIs"));
  md_row (out, _("KPI"), C_("kpi", "Scope"), _("Target"), _("This Week"), _("Last Week"), _("Change"),
          _("To Date"), _("Done"), _("Time Gone"), _("Pace"), NULL);
  md_rule (out, 10);
  kpis = herald_week_review_get_kpis (review, &n);
  for (guint i = 0; i < n; i++)
    {
      const HeraldReviewKpi *kpi = &kpis[i];
      g_autofree char *target = format_value (kpi->metric, kpi->target);
      g_autofree char *week = format_value (kpi->metric, kpi->week);
      g_autofree char *previous = format_value (kpi->metric, kpi->previous);
      g_autofree char *change = herald_review_format_change (kpi->week, kpi->previous);
      g_autofree char *to_date = format_value (kpi->metric, kpi->to_date);
      g_autofree char *done = format_share (kpi->done);
      g_autofree char *expected = format_share (kpi->expected);

      md_row (out, herald_metric_get_label (kpi->metric), kpi_scope (kpi), target, week, previous,
              change, to_date, done, expected, kpi_pace (kpi), NULL);
    }

  g_string_append_printf (out, "\n## %s\n\n", _("By Channel"));
  md_row (out, _("Channel"), herald_metric_get_label ("views"), _("Change"),
          herald_metric_get_label ("likes"), herald_metric_get_label ("comments"),
          herald_metric_get_label ("shares"), herald_metric_get_label ("followers_gained"), NULL);
  md_rule (out, 7);
  channels = herald_week_review_get_channels (review, &n);
  for (guint i = 0; i < n; i++)
    {
      const HeraldReviewChannel *c = &channels[i];
      g_autofree char *views = format_value ("views", c->week[HERALD_REVIEW_VIEWS]);
      g_autofree char *change = herald_review_format_change (c->week[HERALD_REVIEW_VIEWS], c->previous[HERALD_REVIEW_VIEWS]);
      g_autofree char *likes = format_value ("likes", c->week[HERALD_REVIEW_LIKES]);
      g_autofree char *comments = format_value ("comments", c->week[HERALD_REVIEW_COMMENTS]);
      g_autofree char *shares = format_value ("shares", c->week[HERALD_REVIEW_SHARES]);
      g_autofree char *followers = format_value ("followers_gained", c->week[HERALD_REVIEW_FOLLOWERS]);

      md_row (out, herald_channel_kinds_get_display_name (c->kind), views, change, likes, comments, shares, followers, NULL);
    }

  g_string_append_printf (out, "\n## %s\n\n", _("Top Posts"));
  md_row (out, _("Post"), _("Account"), _("Views This Week"), herald_metric_get_label ("views"),
          herald_metric_get_label ("likes"), NULL);
  md_rule (out, 5);
  posts = herald_week_review_get_top_posts (review, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *week = format_value ("views", posts[i].views_week);
      g_autofree char *views = format_value ("views", posts[i].totals[HERALD_REVIEW_VIEWS]);
      g_autofree char *likes = format_value ("likes", posts[i].totals[HERALD_REVIEW_LIKES]);

      md_row (out, posts[i].title, posts[i].account_name != NULL ? posts[i].account_name : "",
              week, views, likes, NULL);
    }

  md_text (out, _("Problems"), herald_week_review_get_problems (review));
  md_text (out, _("Next Week"), herald_week_review_get_next_week (review));

  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/* PDF: A4 in points, margins of 2 cm. */

#define PAGE_WIDTH 595.0
#define PAGE_HEIGHT 842.0
#define MARGIN 56.0
#define CONTENT_WIDTH (pdf->width - 2 * MARGIN)

typedef struct {
  cairo_t     *cr;
  PangoLayout *layout;
  double       width;
  double       height;
  double       y;
  GPtrArray   *pages;   /* recording surfaces, one a page; NULL for a PDF */
} Pdf;

static cairo_status_t
write_to_array (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
pdf_need (Pdf    *pdf,
          double  height)
{
  if (pdf->y + height <= pdf->height - MARGIN)
    return;
  pdf->y = MARGIN;
  if (pdf->pages == NULL)
    {
      cairo_show_page (pdf->cr);
      return;
    }

  /* Printing: each page is recorded on a surface of its own. */
  {
    cairo_rectangle_t extents = { 0, 0, pdf->width, pdf->height };
    cairo_surface_t *page = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);

    g_ptr_array_add (pdf->pages, page);
    cairo_destroy (pdf->cr);
    pdf->cr = cairo_create (page);
    pango_cairo_update_layout (pdf->cr, pdf->layout);
  }
}

/* Draws @text at @x, @width wide, without moving down; returns its height. */
static double
pdf_text_at (Pdf            *pdf,
             const char     *text,
             double          x,
             double          width,
             double          size,
             gboolean        bold,
             PangoAlignment  alignment,
             gboolean        one_line)
{
  g_autoptr (PangoFontDescription) font = pango_font_description_from_string ("Noto Sans CJK SC, Sans");
  int height;

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (pdf->layout, font);
  pango_layout_set_width (pdf->layout, (int) (width * PANGO_SCALE));
  pango_layout_set_alignment (pdf->layout, alignment);
  pango_layout_set_ellipsize (pdf->layout, one_line ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_text (pdf->layout, text, -1);

  cairo_move_to (pdf->cr, x, pdf->y);
  cairo_set_source_rgb (pdf->cr, 0.13, 0.13, 0.15);
  pango_cairo_show_layout (pdf->cr, pdf->layout);
  pango_layout_get_size (pdf->layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static void
pdf_paragraph (Pdf        *pdf,
               const char *text,
               double      size,
               gboolean    bold)
{
  double height;

  pdf_need (pdf, size * 2);
  height = pdf_text_at (pdf, text, MARGIN, CONTENT_WIDTH, size, bold, PANGO_ALIGN_LEFT, FALSE);
  pdf->y += height + size * 0.6;
}

/* A table row: cells over fixed column widths (shares of the content width). */
static void
pdf_row (Pdf                *pdf,
         const char * const *cells,
         const double       *widths,
         guint               n,
         gboolean            header)
{
  double x = MARGIN, height = 0;

  pdf_need (pdf, 18);
  for (guint i = 0; i < n; i++)
    {
      double w = widths[i] * CONTENT_WIDTH;

      height = MAX (height, pdf_text_at (pdf, cells[i], x + 2, w - 4, header ? 7.5 : 8, header,
                                         i == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT, !header));
      x += w;
    }
  pdf->y += height + 3;
  cairo_set_source_rgb (pdf->cr, 0.85, 0.85, 0.87);
  cairo_set_line_width (pdf->cr, header ? 0.8 : 0.4);
  cairo_move_to (pdf->cr, MARGIN, pdf->y);
  cairo_line_to (pdf->cr, MARGIN + CONTENT_WIDTH, pdf->y);
  cairo_stroke (pdf->cr);
  pdf->y += 3;
}

/* The KPI chart: a bar per KPI filled to its share done, with a mark at
 * the share of time gone. */
static void
pdf_kpi_bars (Pdf                   *pdf,
              const HeraldReviewKpi *kpis,
              guint                  n)
{
  const double label_width = 0.32 * CONTENT_WIDTH, bar_height = 10;

  for (guint i = 0; i < n; i++)
    {
      const HeraldReviewKpi *kpi = &kpis[i];
      g_autofree char *label = g_strdup_printf ("%s · %s", herald_metric_get_label (kpi->metric), kpi_scope (kpi));
      g_autofree char *done = format_share (kpi->done);
      double bar_x = MARGIN + label_width, bar_width = CONTENT_WIDTH - label_width - 50;
      double share = isnan (kpi->done) ? 0 : CLAMP (kpi->done, 0, 1);

      pdf_need (pdf, 20);
      pdf_text_at (pdf, label, MARGIN, label_width - 6, 8.5, FALSE, PANGO_ALIGN_LEFT, TRUE);
      pdf_text_at (pdf, done, bar_x + bar_width + 4, 46, 8.5, TRUE, PANGO_ALIGN_RIGHT, TRUE);

      cairo_set_source_rgb (pdf->cr, 0.92, 0.92, 0.94);
      cairo_rectangle (pdf->cr, bar_x, pdf->y + 2, bar_width, bar_height);
      cairo_fill (pdf->cr);
      if (!isnan (kpi->expected) && share < kpi->expected)
        cairo_set_source_rgb (pdf->cr, 0.90, 0.38, 0.0);    /* behind: orange */
      else
        cairo_set_source_rgb (pdf->cr, 0.15, 0.64, 0.41);   /* ahead: green */
      cairo_rectangle (pdf->cr, bar_x, pdf->y + 2, bar_width * share, bar_height);
      cairo_fill (pdf->cr);
      if (!isnan (kpi->expected))
        {
          cairo_set_source_rgb (pdf->cr, 0.13, 0.13, 0.15);
          cairo_set_line_width (pdf->cr, 1.2);
          cairo_move_to (pdf->cr, bar_x + bar_width * kpi->expected, pdf->y);
          cairo_line_to (pdf->cr, bar_x + bar_width * kpi->expected, pdf->y + bar_height + 4);
          cairo_stroke (pdf->cr);
        }
      pdf->y += bar_height + 10;
    }
}

/* Views by channel, this week beside the week before. */
static void
pdf_channel_bars (Pdf                       *pdf,
                  const HeraldReviewChannel *channels,
                  guint                      n)
{
  const double label_width = 0.2 * CONTENT_WIDTH;
  double most = 0;

  for (guint i = 0; i < n; i++)
    most = MAX (most, MAX (channels[i].week[HERALD_REVIEW_VIEWS], channels[i].previous[HERALD_REVIEW_VIEWS]));
  if (most <= 0)
    return;

  for (guint i = 0; i < n; i++)
    {
      double bar_x = MARGIN + label_width, bar_width = CONTENT_WIDTH - label_width - 80;
      double week = MAX (channels[i].week[HERALD_REVIEW_VIEWS], 0);
      double previous = MAX (channels[i].previous[HERALD_REVIEW_VIEWS], 0);
      g_autofree char *value = format_value ("views", week);

      pdf_need (pdf, 24);
      pdf_text_at (pdf, herald_channel_kinds_get_display_name (channels[i].kind), MARGIN, label_width - 6, 8.5, FALSE, PANGO_ALIGN_LEFT, TRUE);
      pdf_text_at (pdf, value, bar_x + bar_width + 4, 76, 8.5, TRUE, PANGO_ALIGN_RIGHT, TRUE);
      cairo_set_source_rgb (pdf->cr, 0.21, 0.52, 0.89);
      cairo_rectangle (pdf->cr, bar_x, pdf->y + 1, bar_width * week / most, 8);
      cairo_fill (pdf->cr);
      cairo_set_source_rgb (pdf->cr, 0.75, 0.82, 0.92);
      cairo_rectangle (pdf->cr, bar_x, pdf->y + 10, bar_width * previous / most, 5);
      cairo_fill (pdf->cr);
      pdf->y += 22;
    }
}

/* Draws the whole review, page after page. */
static void
render (HeraldWeekReview *review,
        Pdf              *pdf)
{
  g_autofree char *title = week_title (review);
  const HeraldReviewKpi *kpis;
  const HeraldReviewChannel *channels;
  const HeraldReviewPost *posts;
  guint n_kpis, n_channels, n_posts;

  pango_layout_set_wrap (pdf->layout, PANGO_WRAP_WORD_CHAR);
  pdf->y = MARGIN;

  kpis = herald_week_review_get_kpis (review, &n_kpis);
  channels = herald_week_review_get_channels (review, &n_channels);
  posts = herald_week_review_get_top_posts (review, &n_posts);

  pdf_paragraph (pdf, title, 15, TRUE);
  if (*herald_campaign_get_goal (herald_week_review_get_campaign (review)) != '\0')
    pdf_paragraph (pdf, herald_campaign_get_goal (herald_week_review_get_campaign (review)), 9.5, FALSE);

  pdf_paragraph (pdf, _("KPIs"), 12, TRUE);
  pdf_kpi_bars (pdf, kpis, n_kpis);
  {
    const double widths[] = { 0.22, 0.1, 0.09, 0.1, 0.11, 0.1, 0.09, 0.09, 0.1 };
    const char *header[] = { _("KPI"), _("Target"), _("This Week"), _("Last Week"),
                             _("Change"), _("To Date"), _("Done"), _("Time Gone"), _("Pace") };

    pdf_row (pdf, header, widths, G_N_ELEMENTS (widths), TRUE);
    for (guint i = 0; i < n_kpis; i++)
      {
        const HeraldReviewKpi *kpi = &kpis[i];
        g_autofree char *target = format_value (kpi->metric, kpi->target);
        g_autofree char *week = format_value (kpi->metric, kpi->week);
        g_autofree char *previous = format_value (kpi->metric, kpi->previous);
        g_autofree char *change = herald_review_format_change (kpi->week, kpi->previous);
        g_autofree char *to_date = format_value (kpi->metric, kpi->to_date);
        g_autofree char *done = format_share (kpi->done);
        g_autofree char *expected = format_share (kpi->expected);
        g_autofree char *label = g_strdup_printf ("%s · %s", herald_metric_get_label (kpi->metric), kpi_scope (kpi));
        const char *cells[] = { label, target, week, previous, change, to_date, done, expected, kpi_pace (kpi) };

        pdf_row (pdf, cells, widths, G_N_ELEMENTS (widths), FALSE);
      }
  }
  pdf->y += 8;

  pdf_paragraph (pdf, _("By Channel"), 12, TRUE);
  pdf_channel_bars (pdf, channels, n_channels);
  {
    const double widths[] = { 0.2, 0.13, 0.12, 0.12, 0.14, 0.12, 0.17 };
    const char *header[] = { _("Channel"), herald_metric_get_label ("views"), _("Change"),
                             herald_metric_get_label ("likes"), herald_metric_get_label ("comments"),
                             herald_metric_get_label ("shares"), herald_metric_get_label ("followers_gained") };

    pdf_row (pdf, header, widths, G_N_ELEMENTS (widths), TRUE);
    for (guint i = 0; i < n_channels; i++)
      {
        const HeraldReviewChannel *c = &channels[i];
        g_autofree char *views = format_value ("views", c->week[HERALD_REVIEW_VIEWS]);
        g_autofree char *change = herald_review_format_change (c->week[HERALD_REVIEW_VIEWS], c->previous[HERALD_REVIEW_VIEWS]);
        g_autofree char *likes = format_value ("likes", c->week[HERALD_REVIEW_LIKES]);
        g_autofree char *comments = format_value ("comments", c->week[HERALD_REVIEW_COMMENTS]);
        g_autofree char *shares = format_value ("shares", c->week[HERALD_REVIEW_SHARES]);
        g_autofree char *followers = format_value ("followers_gained", c->week[HERALD_REVIEW_FOLLOWERS]);
        const char *cells[] = { herald_channel_kinds_get_display_name (c->kind), views, change, likes, comments, shares, followers };

        pdf_row (pdf, cells, widths, G_N_ELEMENTS (widths), FALSE);
      }
  }
  pdf->y += 8;

  pdf_paragraph (pdf, _("Top Posts"), 12, TRUE);
  {
    const double widths[] = { 0.46, 0.18, 0.12, 0.12, 0.12 };
    const char *header[] = { _("Post"), _("Account"), _("Views This Week"),
                             herald_metric_get_label ("views"), herald_metric_get_label ("likes") };

    pdf_row (pdf, header, widths, G_N_ELEMENTS (widths), TRUE);
    for (guint i = 0; i < n_posts; i++)
      {
        g_autofree char *week = format_value ("views", posts[i].views_week);
        g_autofree char *views = format_value ("views", posts[i].totals[HERALD_REVIEW_VIEWS]);
        g_autofree char *likes = format_value ("likes", posts[i].totals[HERALD_REVIEW_LIKES]);
        const char *cells[] = { posts[i].title, posts[i].account_name != NULL ? posts[i].account_name : "",
                                week, views, likes };

        pdf_row (pdf, cells, widths, G_N_ELEMENTS (widths), FALSE);
      }
  }
  pdf->y += 8;

  pdf_paragraph (pdf, _("Problems"), 12, TRUE);
  pdf_paragraph (pdf, *herald_week_review_get_problems (review) != '\0' ? herald_week_review_get_problems (review) : "—", 9.5, FALSE);
  pdf_paragraph (pdf, _("Next Week"), 12, TRUE);
  pdf_paragraph (pdf, *herald_week_review_get_next_week (review) != '\0' ? herald_week_review_get_next_week (review) : "—", 9.5, FALSE);
}

static GBytes *
write_pdf (HeraldWeekReview  *review,
           GError           **error)
{
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  g_autofree char *title = week_title (review);
  cairo_surface_t *surface;
  cairo_status_t status;
  Pdf pdf = { 0, };

  surface = cairo_pdf_surface_create_for_stream (write_to_array, bytes, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Herald");
  pdf.cr = cairo_create (surface);
  pdf.layout = pango_cairo_create_layout (pdf.cr);
  pdf.width = PAGE_WIDTH;
  pdf.height = PAGE_HEIGHT;

  render (review, &pdf);

  g_object_unref (pdf.layout);
  cairo_destroy (pdf.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, HERALD_REPORT_ERROR, HERALD_REPORT_ERROR_FAILED,
                   _("Could not make the PDF: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

/**
 * herald_review_render_pages:
 * @review: a review
 * @width: the page's width, in points
 * @height: the page's height, in points
 *
 * Lays the review out on pages of @width × @height, as the PDF is, for
 * printing.
 *
 * Returns: (transfer full) (element-type cairo_surface_t): one recording
 *   surface a page, to paint onto the printer's pages
 */
GPtrArray *
herald_review_render_pages (HeraldWeekReview *review,
                            double            width,
                            double            height)
{
  GPtrArray *pages = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  cairo_rectangle_t extents = { 0, 0, width, height };
  cairo_surface_t *first;
  Pdf pdf = { 0, };

  g_return_val_if_fail (HERALD_IS_WEEK_REVIEW (review), pages);
  g_return_val_if_fail (width > 2 * MARGIN && height > 4 * MARGIN, pages);

  first = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  g_ptr_array_add (pages, first);
  pdf.cr = cairo_create (first);
  pdf.layout = pango_cairo_create_layout (pdf.cr);
  pdf.width = width;
  pdf.height = height;
  pdf.pages = pages;

  render (review, &pdf);

  g_object_unref (pdf.layout);
  cairo_destroy (pdf.cr);
  return pages;
}

/**
 * herald_review_format_from_string:
 * @text: "pdf", "csv", "md" or "markdown"
 * @format: (out): the format
 *
 * Returns: whether @text names a format
 */
gboolean
herald_review_format_from_string (const char         *text,
                                  HeraldReviewFormat *format)
{
  g_return_val_if_fail (text != NULL && format != NULL, FALSE);

  if (g_ascii_strcasecmp (text, "pdf") == 0)
    *format = HERALD_REVIEW_FORMAT_PDF;
  else if (g_ascii_strcasecmp (text, "csv") == 0)
    *format = HERALD_REVIEW_FORMAT_CSV;
  else if (g_ascii_strcasecmp (text, "md") == 0 || g_ascii_strcasecmp (text, "markdown") == 0)
    *format = HERALD_REVIEW_FORMAT_MARKDOWN;
  else
    return FALSE;

  return TRUE;
}

/**
 * herald_review_format_from_path:
 * @path: a file name
 * @format: (out): the format its extension names
 *
 * Returns: whether the extension names a format
 */
gboolean
herald_review_format_from_path (const char         *path,
                                HeraldReviewFormat *format)
{
  const char *dot;

  g_return_val_if_fail (path != NULL && format != NULL, FALSE);

  dot = strrchr (path, '.');
  return dot != NULL && strchr (dot, G_DIR_SEPARATOR) == NULL &&
         herald_review_format_from_string (dot + 1, format);
}

/**
 * herald_review_write:
 * @review: a review
 * @format: the format
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the review as a file's contents
 */
GBytes *
herald_review_write (HeraldWeekReview    *review,
                     HeraldReviewFormat   format,
                     GError             **error)
{
  g_return_val_if_fail (HERALD_IS_WEEK_REVIEW (review), NULL);

  switch (format)
    {
    case HERALD_REVIEW_FORMAT_CSV:
      return write_csv (review);
    case HERALD_REVIEW_FORMAT_MARKDOWN:
      return write_markdown (review);
    case HERALD_REVIEW_FORMAT_PDF:
    default:
      return write_pdf (review, error);
    }
}

/**
 * herald_review_write_file:
 * @review: a review
 * @format: the format
 * @file: where to write it
 * @error: return location for a #GError
 *
 * Writes the review to @file whole, or leaves @file as it was.
 *
 * Returns: %TRUE on success
 */
gboolean
herald_review_write_file (HeraldWeekReview    *review,
                          HeraldReviewFormat   format,
                          GFile               *file,
                          GError             **error)
{
  g_autoptr (GBytes) bytes = NULL;

  g_return_val_if_fail (HERALD_IS_WEEK_REVIEW (review), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = herald_review_write (review, format, error);
  if (bytes == NULL)
    return FALSE;

  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_NONE, NULL, NULL, error);
}
