using System.Globalization;
using System.Text;
using HydraEngine.FixtureBooru.Content;

namespace HydraEngine.FixtureBooru.Rendering;

/// <summary>
/// A post page in the markup of fixtures/pages/fixture-booru/post.html: md5/sha256 metas, <c>li.tag-type-*</c>
/// tags (also classed <c>tag-creator</c>, <c>tag-general</c>… for the demo parser), <c>span.posted</c>,
/// <c>a#original</c> to the file, <c>div.note</c> notes and an <c>h1.title</c>.
/// </summary>
internal static class PostPageRenderer
{
    private static readonly (string Namespace, string Classes)[] TagSections =
    [
        ("creator", "tag-type-artist tag-creator"),
        ("character", "tag-type-character tag-character"),
        ("series", "tag-type-copyright tag-series"),
        ("", "tag-type-general tag-general"),
    ];

    public static string Render(FixturePost post)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html><head><title>").Append(Html.Encode(post.Title)).Append("</title>\n")
            .Append("<meta name=\"md5\" content=\"").Append(post.Md5.ToUpperInvariant()).Append("\">\n")
            .Append("<meta name=\"sha256\" content=\"").Append(Base64Url(post.Sha256)).Append("\">\n")
            .Append("<meta name=\"csrf-token\" content=\"tok-").Append(Id(post)).Append("\">\n")
            .Append("</head><body>\n<h1 class=\"title\">").Append(Html.Encode(post.Title)).Append("</h1>\n")
            .Append("<section id=\"tags\">\n <ul>\n");
        foreach (var (tagNamespace, classes) in TagSections)
        {
            foreach (var subtag in post.TagsIn(tagNamespace))
            {
                var tag = tagNamespace.Length == 0 ? subtag : tagNamespace + ":" + subtag;
                html.Append("  <li class=\"").Append(classes).Append("\"><a href=\"/posts?page=1&amp;tags=").Append(Html.QueryValue(tag))
                    .Append("\">").Append(Html.Encode(subtag)).Append("</a></li>\n");
            }
        }

        html.Append(" </ul>\n</section>\n<div id=\"info\">\n")
            .Append(" <span class=\"posted\" title=\"").Append(Html.Iso(post.Posted)).Append("\">Posted ").Append(Html.Human(post.Posted)).Append("</span>\n")
            .Append(" <span class=\"posted-epoch\">").Append(Html.Epoch(post.Posted)).Append("</span>\n")
            .Append(" <span class=\"rating\">").Append(post.Rating).Append("</span>\n")
            .Append(" <a id=\"original\" href=\"").Append(post.File.Path).Append("\">original</a>\n")
            .Append("</div>\n<div id=\"notes\">\n");
        foreach (var note in post.Notes)
        {
            html.Append("  <div class=\"note ").Append(note.Name.Replace(' ', '-')).Append("\">").Append(Html.Lines(note.Text)).Append("</div>\n");
        }

        html.Append("</div>\n<script>var post = {\"id\": ").Append(Id(post)).Append(", \"rating\": \"").Append(post.Rating).Append("\"};</script>\n")
            .Append("</body></html>\n");
        return html.ToString();
    }

    private static string Id(FixturePost post) => post.Id.ToString(CultureInfo.InvariantCulture);

    private static string Base64Url(string hex) =>
        Convert.ToBase64String(Convert.FromHexString(hex)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
