using System.Text.Json.Nodes;
using HydraEngine.Cli.Commands;
using HydraEngine.Testing;

namespace HydraEngine.Cli.Tests.Commands;

public sealed class ParseBatchTests : IDisposable
{
    private static readonly string Site = Path.Combine(RepositoryPaths.Fixtures, "pages", "fixture-booru");
    private readonly string _folder = Directory.CreateTempSubdirectory("hydra-batch-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Case(object? id, string parser, string url, string page) =>
        new JsonObject { ["id"] = JsonValue.Create(id), ["parser"] = Path.Combine(Site, "parsers", parser), ["url"] = url, ["page"] = Path.Combine(Site, page) }.ToJsonString();

    private (int ExitCode, List<JsonObject> Lines) RunBatch(params string[] lines)
    {
        var file = Path.Combine(_folder, "cases.jsonl");
        File.WriteAllLines(file, lines);
        var output = new StringWriter();
        var exitCode = ParseBatch.Run(file, asJson: true, output, TextWriter.Null);
        return (exitCode, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject()).ToList());
    }

    private static JsonObject Single(string parser, string url, string page)
    {
        var output = new StringWriter();
        ParseCommand.Run(Path.Combine(Site, "parsers", parser), null, url, Path.Combine(Site, page), asJson: true, output, TextWriter.Null);
        return JsonNode.Parse(output.ToString())!.AsObject();
    }

    [Fact]
    public void Each_line_is_the_single_case_json_with_its_id_in_front()
    {
        var (exitCode, lines) = RunBatch(
            Case("post", "post page parser.hydrus.json", "https://fixture.test/post/101", "post.html"),
            Case(7, "api gallery parser.hydrus.json", "https://fixture.test/x", "gallery.html"));

        exitCode.ShouldBe(0);
        lines.Count.ShouldBe(2);
        lines[0].Select(pair => pair.Key).ShouldBe(["id", "parser", "url", "posts", "error"]);
        lines[0]["id"]!.GetValue<string>().ShouldBe("post");
        lines[1]["id"]!.GetValue<int>().ShouldBe(7);
        lines[0].Remove("id");
        lines[0].ToJsonString().ShouldBe(Single("post page parser.hydrus.json", "https://fixture.test/post/101", "post.html").ToJsonString());
        lines[1]["error"]!.GetValue<string>().ShouldContain("HTML instead of JSON");
    }

    [Fact]
    public void A_case_without_an_id_is_named_by_its_line_number()
    {
        var line = JsonNode.Parse(Case(null, "post page parser.hydrus.json", "https://fixture.test/post/101", "post.html"))!.AsObject();
        line.Remove("id");

        var (_, lines) = RunBatch("", line.ToJsonString());

        lines.Single()["id"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public void A_bad_line_is_reported_in_its_error_and_the_other_cases_still_run()
    {
        var (exitCode, lines) = RunBatch(
            "{\"id\": \"broken\", \"parser\": 3}",
            "not json",
            Case("missing page", "post page parser.hydrus.json", "https://fixture.test/post/101", "nowhere.html"),
            Case("good", "post page parser.hydrus.json", "https://fixture.test/post/101", "post.html"));

        exitCode.ShouldBe(1);
        lines.Count.ShouldBe(4);
        lines[0]["error"]!.GetValue<string>().ShouldContain("\"parser\" must be a string");
        lines[1]["id"]!.GetValue<int>().ShouldBe(2);
        lines[2]["error"]!.GetValue<string>().ShouldContain("cannot read the page");
        lines[3]["error"].ShouldBeNull();
        lines[3]["posts"]!.AsArray().ShouldNotBeEmpty();
    }

    [Fact]
    public void Relative_paths_are_read_from_the_batch_files_folder()
    {
        File.Copy(Path.Combine(Site, "post.html"), Path.Combine(_folder, "post.html"));
        File.Copy(Path.Combine(Site, "parsers", "post page parser.hydrus.json"), Path.Combine(_folder, "parser.json"));

        var (_, lines) = RunBatch("{\"parser\": \"parser.json\", \"url\": \"https://fixture.test/post/101\", \"page\": \"post.html\"}");

        lines.Single()["error"].ShouldBeNull();
        lines.Single()["parser"]!.GetValue<string>().ShouldBe("fixture post page");
    }
}
