using System.Globalization;
using System.Text;
using HydraEngine.FixtureBooru.Content;

namespace HydraEngine.FixtureBooru.Rendering;

/// <summary>
/// A gallery page in the markup of fixtures/pages/fixture-booru/gallery.html: one <c>article.thumb.post</c> per
/// post (newest first) linking to <c>/post/&lt;id&gt;</c>, and <c>a.next</c> while more pages exist.
/// </summary>
internal static class GalleryPageRenderer
{
    public static string Render(FixtureSite site, string basePath, string tags, int page)
    {
        var posts = site.Page(tags, page);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html><head><title>Fixture Booru &ndash; ")
            .Append(Html.Encode(tags.Length == 0 ? "all posts" : tags))
            .Append(" &ndash; page ").Append(page.ToString(CultureInfo.InvariantCulture))
            .Append("</title>\n<meta name=\"generator\" content=\"fixture booru 1.0\"></head>\n<body>\n<div id=\"posts\">\n");
        foreach (var post in posts)
        {
            html.Append("  <article class=\"thumb post\" data-id=\"").Append(post.Id.ToString(CultureInfo.InvariantCulture))
                .Append("\" data-time=\"").Append(Html.Plain(post.Posted)).Append("\">\n")
                .Append("    <a href=\"").Append(post.PagePath).Append("\"><img src=\"").Append(post.File.Path)
                .Append("\" alt=\"").Append(Html.Encode(string.Join(' ', post.Tags))).Append("\"></a>\n")
                .Append("    <span class=\"score\">").Append(post.Score.ToString(CultureInfo.InvariantCulture)).Append("</span>\n")
                .Append("  </article>\n");
        }

        if (posts.Count == 0)
        {
            html.Append("  <p class=\"empty\">No posts found.</p>\n");
        }

        html.Append("</div>\n<nav>");
        if (page > 1)
        {
            html.Append("<a class=\"prev\" href=\"").Append(Link(basePath, tags, page - 1)).Append("\">prev</a> ");
        }

        if (site.HasPageAfter(tags, page))
        {
            html.Append("<a class=\"next\" href=\"").Append(Link(basePath, tags, page + 1)).Append("\">next &raquo;</a>");
        }

        html.Append("</nav>\n</body></html>\n");
        return html.ToString();
    }

    private static string Link(string basePath, string tags, int page) =>
        $"{basePath}?page={page.ToString(CultureInfo.InvariantCulture)}&amp;tags={Html.QueryValue(tags)}";
}
