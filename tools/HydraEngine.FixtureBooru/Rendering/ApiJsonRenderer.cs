using System.Text.Encodings.Web;
using System.Text.Json;
using HydraEngine.FixtureBooru.Content;

namespace HydraEngine.FixtureBooru.Rendering;

/// <summary>
/// The JSON API in the shape of fixtures/pages/fixture-booru/api-posts.json: <c>{"posts":[…],"meta":{…}}</c> for
/// a search page and one post object for <c>/api/post/&lt;id&gt;</c>. File URLs are absolute.
/// </summary>
internal static class ApiJsonRenderer
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Gallery(FixtureSite site, string origin, string tags, int page)
    {
        return Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("posts");
            foreach (var post in site.Page(tags, page))
            {
                WritePost(writer, origin, post);
            }

            writer.WriteEndArray();
            writer.WriteStartObject("meta");
            if (site.HasPageAfter(tags, page))
            {
                writer.WriteString("next", $"/api/posts?page={page + 1}&tags={Html.QueryValue(tags)}");
            }
            else
            {
                writer.WriteNull("next");
            }

            writer.WriteNumber("total", site.Search(tags).Count);
            writer.WriteNumber("page", page);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    public static byte[] Post(string origin, FixturePost post) => Write(writer => WritePost(writer, origin, post));

    private static void WritePost(Utf8JsonWriter writer, string origin, FixturePost post)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id", post.Id);
        writer.WriteString("created_at", Html.Iso(post.Posted));
        writer.WriteNumber("posted", post.Posted.ToUnixTimeSeconds());
        writer.WriteString("title", post.Title);
        writer.WriteString("post_url", origin + post.PagePath);
        writer.WriteStartObject("file");
        writer.WriteString("url", origin + post.File.Path);
        writer.WriteString("md5", post.Md5);
        writer.WriteString("sha256", post.Sha256);
        writer.WriteString("ext", post.File.Extension);
        writer.WriteNumber("size", post.File.Length);
        writer.WriteEndObject();
        writer.WriteStartObject("tags");
        foreach (var (key, tagNamespace) in new[] { ("creator", "creator"), ("character", "character"), ("series", "series"), ("general", "") })
        {
            writer.WriteStartArray(key);
            foreach (var subtag in post.TagsIn(tagNamespace))
            {
                writer.WriteStringValue(subtag);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteStartArray("notes");
        foreach (var note in post.Notes)
        {
            writer.WriteStartObject();
            writer.WriteString("name", note.Name);
            writer.WriteString("body", note.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("score");
        writer.WriteNumber("up", post.Score);
        writer.WriteNumber("down", 0);
        writer.WriteEndObject();
        writer.WriteString("rating", post.Rating);
        writer.WriteStartArray("sources");
        writer.WriteEndArray();
        writer.WriteStartObject("flags");
        writer.WriteBoolean("deleted", false);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.ToArray();
    }
}
