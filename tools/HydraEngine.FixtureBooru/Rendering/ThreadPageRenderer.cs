using System.Globalization;
using System.Text;
using HydraEngine.FixtureBooru.Content;

namespace HydraEngine.FixtureBooru.Rendering;

/// <summary>
/// An imageboard thread page: <c>span.subject</c> in the opening post, then one <c>div.post</c> per visible post
/// with <c>a.fileThumb</c> to its file and <c>span.dateTime[data-utc]</c> (epoch seconds).
/// </summary>
internal static class ThreadPageRenderer
{
    public static string Render(FixtureThread thread, IReadOnlyList<FixtureThreadPost> posts)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html><head><title>/fx/ - ").Append(Html.Encode(thread.Subject)).Append("</title></head>\n<body>\n")
            .Append("<div class=\"thread\" id=\"t").Append(thread.Id.ToString(CultureInfo.InvariantCulture)).Append("\">\n");
        for (var index = 0; index < posts.Count; index++)
        {
            var post = posts[index];
            html.Append(" <div class=\"post ").Append(index == 0 ? "op" : "reply").Append("\" id=\"p")
                .Append(post.Number.ToString(CultureInfo.InvariantCulture)).Append("\">\n");
            if (index == 0)
            {
                html.Append("  <span class=\"subject\">").Append(Html.Encode(thread.Subject)).Append("</span>\n");
            }

            html.Append("  <span class=\"dateTime\" data-utc=\"").Append(Html.Epoch(post.Posted)).Append("\">").Append(Html.Plain(post.Posted)).Append("</span>\n")
                .Append("  <a class=\"fileThumb\" href=\"").Append(post.File.Path).Append("\">").Append(post.File.Sha256[..8]).Append('.').Append(post.File.Extension).Append("</a>\n")
                .Append("  <blockquote class=\"postMessage\">").Append(Html.Encode(post.Comment)).Append("</blockquote>\n")
                .Append(" </div>\n");
        }

        html.Append("</div>\n</body></html>\n");
        return html.ToString();
    }
}
