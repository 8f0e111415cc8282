/* herald-demo-text.c — titles, bodies and links for the demo posts
 *
 * The demo team writes like a real one: a title pattern filled with a
 * product and the campaign's occasion, a body built from an opening, a
 * few middles and a closing line, and topics in each channel's own syntax
 * (`#话题 ` on Douyin, `#话题#` on Weibo, separate tags on Bilibili, none in
 * a 公众号 article).  Titles are fitted to the channel's limits, which come
 * from the channel kind data, never from numbers written here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "herald-demo"

#include "config.h"

#include <string.h>

#include "herald-demo-private.h"

static const struct {
  const char *name;
  const char *tag;
} products[] = {
  { "山茶花护手霜", "护手霜" },
  { "山茶花润唇膏", "润唇膏" },
  { "山茶花身体乳", "身体乳" },
  { "冷萃乌龙茶", "冷萃茶" },
  { "桂花酒酿", "桂花酒酿" },
  { "挂耳咖啡", "挂耳咖啡" },
  { "木质香薰蜡烛", "香薰蜡烛" },
  { "真丝眼罩", "睡眠好物" },
  { "羊毛围巾", "围巾" },
  { "316保温杯", "保温杯" },
  { "暖手宝", "暖冬好物" },
  { "山茶年货礼盒", "年货礼盒" },
};

/* {p} is the product, {m} the campaign's occasion, {t} the hot topic. */
typedef enum {
  NEEDS_NOTHING,
  NEEDS_MOMENT,
  NEEDS_TOPIC,
} Needs;

static const struct {
  const char *pattern;
  Needs       needs;
} titles[] = {
  { "{p}真实测评：用了30天说说感受", NEEDS_NOTHING },
  { "被问爆的{p}，终于补货了", NEEDS_NOTHING },
  { "打工人续命神器｜{p}", NEEDS_NOTHING },
  { "3个小技巧，让{p}多用一倍", NEEDS_NOTHING },
  { "{p}怎么选？看这一篇就够了", NEEDS_NOTHING },
  { "一支{p}的诞生：工厂探访", NEEDS_NOTHING },
  { "办公室抽屉里的{p}", NEEDS_NOTHING },
  { "谁懂啊，{p}也太好用了", NEEDS_NOTHING },
  { "{p}的5种用法，第3种没想到", NEEDS_NOTHING },
  { "评论区抽10位送{p}", NEEDS_NOTHING },
  { "“{p}”为什么突然火了？", NEEDS_NOTHING },
  { "新手必看：{p}避坑指南", NEEDS_NOTHING },
  { "{p} vs 大牌，差在哪？", NEEDS_NOTHING },
  { "Vlog | 山茶打工人的一天", NEEDS_NOTHING },
  { "{m}送礼不踩雷，{p}闭眼入", NEEDS_MOMENT },
  { "{m}限定｜{p}开箱", NEEDS_MOMENT },
  { "{m}囤货清单：{p}值不值得买", NEEDS_MOMENT },
  { "{m}倒计时，{p}直播间见", NEEDS_MOMENT },
  { "{m}福利来了，{p}第二件半价", NEEDS_MOMENT },
  { "{m}怎么过？山茶的{p}提案", NEEDS_MOMENT },
  { "{t}，我们用{p}这样玩", NEEDS_TOPIC },
  { "跟风{t}，{p}也能安排上", NEEDS_TOPIC },
};

/* For channels whose titles are short: tried in turn until one fits. */
static const char * const short_titles[] = {
  "{p}开箱",
  "{p}测评",
  "{p}怎么选",
  "{p}好物分享",
};

static const char * const openers[] = {
  "姐妹们，今天必须安利一个宝藏好物！",
  "最近后台好多人问{p}，今天统一回答一下。",
  "天气一冷，手就干到起皮……",
  "上班第三年，终于找到适合自己的{p}。",
  "说实话，一开始我们也不信。",
  "本期我们把{p}拆开来，一项一项看。",
  "周末在家，泡一杯茶，点一支香薰，这才是生活。",
  "打工人的续命清单又更新了。",
};

static const char * const middles[] = {
  "{p}质地轻薄不黏腻，一抹就吸收。",
  "包装是设计师改了6版才定下来的😂",
  "配料表干净，敏感肌也能放心用。",
  "小份装出门随身带，通勤党友好。",
  "我们在实验室测了72小时，数据放在最后一张图。",
  "办公室空调房待一天，用完还是润润的。",
  "冬天喝一杯热的，整个人都暖起来了。",
  "这次换了新配方，回购的老朋友可以对比一下。",
};

static const char * const moment_middles[] = {
  "{m}活动期间，{p}第二件半价，前500名还送小样。",
  "{m}礼盒限量3000份，卖完就不补了。",
  "{m}当天晚上8点，直播间有专属券。",
};

static const char * const topic_middles[] = {
  "最近{t}很火，我们也来凑个热闹。",
  "看到大家都在聊{t}，办公室也讨论了一下午。",
};

static const char * const closers[] = {
  "你们还想看哪款测评？评论区告诉我～",
  "点赞收藏，下次不迷路！",
  "关注我们，每周三更新好物清单。",
  "评论区揪3位送同款。",
};

static const char * const tips[] = {
  "—— 小贴士 ——\n"
  "1. 先试用小样，确认适合再入正装；\n"
  "2. 开封后半年内用完，放在阴凉处；\n"
  "3. 送礼记得选礼盒装，自带手提袋。",
  "—— 怎么选 ——\n"
  "1. 看成分表，排在前五位的最重要；\n"
  "2. 看规格，日常用选小瓶，囤货选家庭装；\n"
  "3. 看售后，旗舰店支持7天无理由。",
};

static const char * const digests[] = {
  "本期聊聊{p}：怎么选、怎么用、值不值得买。",
  "用了30天，说说{p}的真实感受。",
  "从工厂到你手里，一支{p}要走多远？",
};

static const char * const moment_digests[] = {
  "{m}将至，山茶为你准备了一份{p}清单。",
};

static const char * const general_tags[] = {
  "好物分享",
  "生活方式",
  "居家好物",
  "治愈系",
  "打工人",
  "送礼推荐",
  "冬日好物",
};

static const char * const emoji[] = {
  "✨", "🌿", "☕️", "🕯️", "🎁", "💡",
};

static const char * const notes[] = {
  "封面用第二版，周三前出图",
  "等品牌方确认赠品库存",
  "达人合作：报价3,500元，含1次修改，\"加急\"另算",
  "复盘：完播率偏低，下次前3秒直接上产品",
  "法务已审：去掉了“最”字",
  "同步投放DOU+ 500元",
  "评论区置顶抽奖规则",
  "素材在共享盘「营销素材」文件夹",
  "和小红书那篇错开2小时发",
};

#define PICK(rand, table) ((table)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (table))])

static void
append_filled (GString              *out,
               const char           *pattern,
               const HeraldDemoIdea *idea)
{
  for (const char *p = pattern; *p != '\0'; p++)
    {
      if (p[0] == '{' && p[1] != '\0' && p[2] == '}')
        {
          const char *value = NULL;

          switch (p[1])
            {
            case 'p':
              value = products[idea->product].name;
              break;
            case 'm':
              value = idea->moment;
              break;
            case 't':
              value = idea->topic;
              break;
            default:
              break;
            }

          if (value != NULL)
            {
              g_string_append (out, value);
              p += 2;
              continue;
            }
        }

      g_string_append_c (out, *p);
    }
}

static char *
fill (const char           *pattern,
      const HeraldDemoIdea *idea)
{
  GString *out = g_string_new (NULL);

  append_filled (out, pattern, idea);
  return g_string_free (out, FALSE);
}

/**
 * herald_demo_idea_init:
 * @idea: the idea to fill in
 * @rand: the generator's random numbers
 * @moment: (nullable): the campaign's occasion
 * @campaign: (nullable): the campaign's name
 * @topic: (nullable): a hot topic to lean on
 *
 * Picks a product and a title pattern that suits what the post is about.
 */
void
herald_demo_idea_init (HeraldDemoIdea *idea,
                       GRand          *rand,
                       const char     *moment,
                       const char     *campaign,
                       const char     *topic)
{
  Needs wanted = NEEDS_NOTHING;
  guint n_candidates = 0;
  guint candidates[G_N_ELEMENTS (titles)];

  g_assert (idea != NULL && rand != NULL);

  idea->product = g_rand_int_range (rand, 0, G_N_ELEMENTS (products));
  idea->moment = moment;
  idea->campaign = campaign;
  idea->topic = topic;

  if (topic != NULL && g_rand_boolean (rand))
    wanted = NEEDS_TOPIC;
  else if (moment != NULL && g_rand_double (rand) < 0.6)
    wanted = NEEDS_MOMENT;

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    if (titles[i].needs == wanted)
      candidates[n_candidates++] = i;

  idea->title = candidates[g_rand_int_range (rand, 0, n_candidates)];
}

/* Keeps the characters a channel allows in titles: letters (CJK
 * included), digits and the kind's few extra marks. */
static char *
keep_allowed (const char *title,
              const char *allowed_extra)
{
  GString *out = g_string_new (NULL);

  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || g_utf8_strchr (allowed_extra, -1, c) != NULL)
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static char *
fit_title (const char           *pattern,
           const HeraldDemoIdea *idea,
           const char           *allowed_extra)
{
  g_autofree char *title = fill (pattern, idea);

  if (allowed_extra != NULL)
    return keep_allowed (title, allowed_extra);

  return g_steal_pointer (&title);
}

static gboolean
title_fits (const char *title,
            int         max)
{
  return max < 0 || g_utf8_strlen (title, -1) <= max;
}

/**
 * herald_demo_title:
 * @idea: the idea
 * @kind: the channel the post goes to
 *
 * Returns: (transfer full): a title within the channel's limits
 */
char *
herald_demo_title (const HeraldDemoIdea *idea,
                   HeraldChannelKind    *kind)
{
  const char *allowed_extra = herald_channel_kind_get_title_allowed_extra (kind);
  int max = herald_channel_kind_get_limit (kind, "title_max", NULL);
  int min = herald_channel_kind_get_limit (kind, "title_min", NULL);
  g_autofree char *title = NULL;

  title = fit_title (titles[idea->title].pattern, idea, allowed_extra);

  for (guint i = 0; i < G_N_ELEMENTS (short_titles) && !title_fits (title, max); i++)
    {
      g_free (title);
      title = fit_title (short_titles[(idea->title + i) % G_N_ELEMENTS (short_titles)],
                         idea, allowed_extra);
    }

  if (!title_fits (title, max))
    {
      char *end = g_utf8_offset_to_pointer (title, max);

      *end = '\0';
    }

  if (min > 0 && g_utf8_strlen (title, -1) < min)
    {
      g_autofree char *longer = g_strconcat (title, "好物分享", NULL);

      g_free (title);
      title = g_steal_pointer (&longer);
    }

  return g_steal_pointer (&title);
}

static void
add_tag (GPtrArray  *tags,
         const char *tag)
{
  if (tag == NULL)
    return;

  for (guint i = 0; i < tags->len; i++)
    if (g_str_equal (tags->pdata[i], tag))
      return;

  g_ptr_array_add (tags, g_strdup (tag));
}

/* The topics a post carries: what it is about first, then the usual. */
static char **
pick_tags (const HeraldDemoIdea *idea,
           GRand                *rand,
           int                   max)
{
  g_autoptr (GPtrArray) tags = g_ptr_array_new_with_free_func (g_free);
  guint wanted = g_rand_int_range (rand, 2, 6);

  add_tag (tags, idea->topic);
  add_tag (tags, idea->campaign);
  add_tag (tags, products[idea->product].tag);
  while (tags->len < wanted)
    add_tag (tags, PICK (rand, general_tags));
  add_tag (tags, "山茶生活");

  if (max >= 0 && tags->len > (guint) max)
    g_ptr_array_set_size (tags, max);

  g_ptr_array_add (tags, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&tags), FALSE);
}

static void
append_topics (GString            *body,
               const char         *syntax,
               const char * const *tags)
{
  if (g_str_equal (syntax, "hash-space"))
    {
      g_string_append (body, "\n\n");
      for (guint i = 0; tags[i] != NULL; i++)
        g_string_append_printf (body, "#%s ", tags[i]);
    }
  else if (g_str_equal (syntax, "hash-pair"))
    {
      g_string_append_c (body, '\n');
      for (guint i = 0; tags[i] != NULL; i++)
        g_string_append_printf (body, i == 0 ? "#%s#" : " #%s#", tags[i]);
    }
}

static void
append_middles (GString              *body,
                const HeraldDemoIdea *idea,
                GRand                *rand,
                guint                 n,
                const char           *separator)
{
  if (idea->moment != NULL)
    {
      append_filled (body, PICK (rand, moment_middles), idea);
      g_string_append (body, separator);
    }
  if (idea->topic != NULL)
    {
      append_filled (body, PICK (rand, topic_middles), idea);
      g_string_append (body, separator);
    }
  for (guint i = 0; i < n; i++)
    {
      append_filled (body, PICK (rand, middles), idea);
      g_string_append (body, separator);
    }
}

static void
append_full_body (GString              *body,
                  const HeraldDemoIdea *idea,
                  GRand                *rand,
                  const char           *kind_id)
{
  if (g_str_equal (kind_id, "wechat-article"))
    {
      append_filled (body, PICK (rand, openers), idea);
      g_string_append (body, "\n\n");
      append_middles (body, idea, rand, g_rand_int_range (rand, 2, 4), "\n\n");
      g_string_append (body, PICK (rand, tips));
      g_string_append (body, "\n\n点击「阅读原文」，进入山茶生活旗舰店。");
    }
  else if (g_str_equal (kind_id, "xiaohongshu"))
    {
      g_string_append (body, PICK (rand, emoji));
      append_filled (body, PICK (rand, openers), idea);
      g_string_append (body, "\n\n");
      for (guint i = 0, n = g_rand_int_range (rand, 2, 4); i < n; i++)
        {
          g_string_append (body, "✅ ");
          append_filled (body, PICK (rand, middles), idea);
          g_string_append_c (body, '\n');
        }
      if (idea->moment != NULL)
        {
          g_string_append (body, "🎁 ");
          append_filled (body, PICK (rand, moment_middles), idea);
          g_string_append_c (body, '\n');
        }
      g_string_append_c (body, '\n');
      g_string_append (body, PICK (rand, closers));
    }
  else if (g_str_equal (kind_id, "bilibili"))
    {
      append_filled (body, PICK (rand, openers), idea);
      g_string_append (body, "\n");
      append_middles (body, idea, rand, 2, "");
      g_string_append (body, "\n\n有问题欢迎在评论区留言，我们会一一回复。");
    }
  else if (g_str_equal (kind_id, "weibo"))
    {
      append_filled (body, PICK (rand, openers), idea);
      append_middles (body, idea, rand, 1, "");
      if (g_rand_int_range (rand, 0, 4) == 0)
        g_string_append (body, "转发+关注，揪3位送同款，@微博抽奖平台 ");
      else
        g_string_append (body, PICK (rand, closers));
    }
  else
    {
      /* The short videos: one or two lines of caption. */
      append_filled (body, PICK (rand, openers), idea);
      append_middles (body, idea, rand, g_rand_int_range (rand, 0, 2), "");
      g_string_append (body, PICK (rand, closers));
    }
}

/**
 * herald_demo_body:
 * @idea: the idea
 * @rand: the generator's random numbers
 * @kind: the channel the post goes to
 * @status: how far the post is: ideas and drafts are not written out yet
 * @tags: (out) (transfer full): the post's topics
 *
 * Returns: (transfer full): the body, with topics in the channel's syntax
 */
char *
herald_demo_body (const HeraldDemoIdea   *idea,
                  GRand                  *rand,
                  HeraldChannelKind      *kind,
                  HeraldPostStatus        status,
                  char                 ***tags)
{
  const char *kind_id = herald_channel_kind_get_id (kind);
  const char *syntax = herald_channel_kind_get_topic_syntax (kind);
  GString *body = g_string_new (NULL);

  *tags = pick_tags (idea, rand, herald_channel_kind_get_limit (kind, "topics_max", NULL));

  switch (status)
    {
    case HERALD_POST_STATUS_IDEA:
      g_string_append_printf (body, "选题：%s × %s\n素材：待收集",
                              products[idea->product].name,
                              idea->topic != NULL ? idea->topic :
                              idea->moment != NULL ? idea->moment : "日常种草");
      return g_string_free (body, FALSE);

    case HERALD_POST_STATUS_DRAFT:
      append_filled (body, PICK (rand, openers), idea);
      g_string_append_c (body, '\n');
      append_filled (body, PICK (rand, middles), idea);
      g_string_append (body, "\n\n（正文待补充，周四前交初稿）");
      return g_string_free (body, FALSE);

    case HERALD_POST_STATUS_REVIEW:
    case HERALD_POST_STATUS_APPROVED:
    case HERALD_POST_STATUS_SCHEDULED:
    case HERALD_POST_STATUS_PUBLISHED:
    case HERALD_POST_STATUS_CANCELLED:
    default:
      break;
    }

  append_full_body (body, idea, rand, kind_id);
  append_topics (body, syntax, (const char * const *) *tags);

  return g_string_free (body, FALSE);
}

/**
 * herald_demo_digest:
 * @idea: the idea
 * @rand: the generator's random numbers
 *
 * Returns: (transfer full): a 公众号 digest (摘要)
 */
char *
herald_demo_digest (const HeraldDemoIdea *idea,
                    GRand                *rand)
{
  if (idea->moment != NULL && g_rand_boolean (rand))
    return fill (PICK (rand, moment_digests), idea);

  return fill (PICK (rand, digests), idea);
}

static void
append_random (GString    *out,
               GRand      *rand,
               const char *alphabet,
               guint       length)
{
  gsize n = strlen (alphabet);

  for (guint i = 0; i < length; i++)
    g_string_append_c (out, alphabet[g_rand_int_range (rand, 0, n)]);
}

#define DIGITS "0123456789"
#define BASE62 "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

/**
 * herald_demo_url:
 * @rand: the generator's random numbers
 * @kind_id: the channel kind of the post
 *
 * Returns: (transfer full): a link shaped like the platform's own, or ""
 *   for 视频号, whose posts have no public web address
 */
char *
herald_demo_url (GRand      *rand,
                 const char *kind_id)
{
  GString *url = g_string_new (NULL);

  if (g_str_equal (kind_id, "wechat-article"))
    {
      g_string_append (url, "https://mp.weixin.qq.com/s/");
      append_random (url, rand, BASE62 "-_", 22);
    }
  else if (g_str_equal (kind_id, "douyin"))
    {
      g_string_append (url, "https://www.douyin.com/video/7");
      append_random (url, rand, DIGITS, 18);
    }
  else if (g_str_equal (kind_id, "kuaishou"))
    {
      g_string_append (url, "https://www.kuaishou.com/short-video/3x");
      append_random (url, rand, "0123456789abcdefghijklmnopqrstuvwxyz", 13);
    }
  else if (g_str_equal (kind_id, "xiaohongshu"))
    {
      g_string_append (url, "https://www.xiaohongshu.com/explore/");
      append_random (url, rand, "0123456789abcdef", 24);
    }
  else if (g_str_equal (kind_id, "bilibili"))
    {
      g_string_append (url, "https://www.bilibili.com/video/BV1");
      append_random (url, rand, BASE62, 9);
    }
  else if (g_str_equal (kind_id, "weibo"))
    {
      g_string_append (url, "https://weibo.com/7532198406/");
      append_random (url, rand, BASE62, 9);
    }

  return g_string_free (url, FALSE);
}

/**
 * herald_demo_note:
 * @rand: the generator's random numbers
 *
 * Returns: (transfer none): a team member's note on a post
 */
const char *
herald_demo_note (GRand *rand)
{
  return PICK (rand, notes);
}
