using System.CommandLine;
using System.Text.Json.Nodes;
using HydraEngine.Cli.Commands;
using HydraEngine.Testing;

namespace HydraEngine.Cli.Tests.Commands.Duplicates;

/// <summary><c>hydra duplicates hash FILE... --json</c>: one {"path","width","height","pixel_hash","phashes"} line per file.</summary>
public sealed class DuplicatesHashCommandTests
{
    [PhashVectorFact]
    public void Json_line_carries_hydrus_hashes_of_a_vector()
    {
        var row = PhashVectors.Row("a18_exif_orient6.jpg");
        var (code, output, _) = Run("duplicates", "hash", PhashVectors.PathOf(row.File), "--json");

        code.ShouldBe(0);
        var line = JsonNode.Parse(output.Trim())!.AsObject();
        line["path"]!.GetValue<string>().ShouldBe(PhashVectors.PathOf(row.File));
        (line["width"]!.GetValue<int>(), line["height"]!.GetValue<int>()).ShouldBe((row.Width, row.Height));
        line["pixel_hash"]!.GetValue<string>().ShouldBe(row.PixelHash);
        line["phashes"]!.AsArray().Select(hash => hash!.GetValue<string>()).ShouldBe(row.Phashes);
    }

    [Fact]
    public void A_file_that_is_not_an_image_is_reported_and_fails()
    {
        var path = Path.GetTempFileName();
        try
        {
            var (code, output, error) = Run("duplicates", "hash", path, "--json");

            code.ShouldBe(1);
            output.ShouldBeEmpty();
            error.ShouldContain(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliRoot.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
