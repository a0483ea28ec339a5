using System.Text.Json.Nodes;
using HydraEngine.Cli.Commands;
using HydraEngine.Testing;

namespace HydraEngine.Cli.Tests.Commands;

public sealed class InspectCommandTests
{
    private static readonly string Demo = Path.Combine(RepositoryPaths.Fixtures, "objects", "demo");

    private static List<JsonObject> InspectJson(params string[] paths)
    {
        var output = new StringWriter();
        InspectCommand.Run(paths, asJson: true, output);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();
    }

    [Fact]
    public void Json_lines_carry_the_documented_fields()
    {
        var line = InspectJson(Path.Combine(Demo, "fixture booru tag search.hydrus.json")).ShouldHaveSingleItem();

        line.Select(pair => pair.Key).ShouldBe(["path", "ok", "error", "objects", "hydrus"]);
        line["ok"]!.GetValue<bool>().ShouldBeTrue();
        line["error"].ShouldBeNull();
        var described = line["objects"]!.AsArray().ShouldHaveSingleItem()!.AsObject();
        described["type_id"]!.GetValue<int>().ShouldBe(69);
        described["kind"]!.GetValue<string>().ShouldBe("gallery_url_generator");
        described["name"]!.GetValue<string>().ShouldBe("fixture booru tag search");
        line["hydrus"]![0]!.GetValue<int>().ShouldBe(69);
    }

    [Fact]
    public void A_directory_gives_one_line_per_file_in_order()
    {
        var lines = InspectJson(Demo);

        lines.Select(line => Path.GetFileName(line["path"]!.GetValue<string>())).ShouldBe(Directory.GetFiles(Demo).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_broken_file_is_reported_with_its_error_and_the_batch_goes_on()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.json");
        File.WriteAllText(broken, "[69, \"x\", 1, [");
        try
        {
            var lines = InspectJson(broken, Path.Combine(Demo, "fixture booru tag search.hydrus.json"));

            lines[0]["ok"]!.GetValue<bool>().ShouldBeFalse();
            lines[0]["error"]!.GetValue<string>().ShouldContain("json.syntax");
            lines[0]["hydrus"].ShouldBeNull();
            lines[1]["ok"]!.GetValue<bool>().ShouldBeTrue();
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Fact]
    public void The_human_summary_names_the_domain_and_example_url()
    {
        var output = new StringWriter();

        InspectCommand.Run([Path.Combine(Demo, "fixture booru post page.hydrus.json")], asJson: false, output);

        output.ToString().ShouldContain("post url on 127.0.0.1:8089");
        output.ToString().ShouldContain("example url: http://127.0.0.1:8089/post/1");
    }
}
