using System.Text.Json;
using HydraEngine.Definitions.Native;
using HydraEngine.Testing;

namespace HydraEngine.Definitions.Tests.Native;

public sealed class NativeSchemaTests
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public void The_published_schema_is_the_one_the_records_generate()
    {
        var generated = NativeSchemaGenerator.Generate().ToJsonString(Indented) + "\n";

        Snapshot.VerifyFile(generated, Path.Combine(RepositoryPaths.Parsers, "hydra-definition.schema.json"));
    }

    [Fact]
    public void The_schema_names_every_formula_kind()
    {
        var schema = NativeSchemaGenerator.Generate()["$defs"]!.AsObject();

        schema.Select(pair => pair.Key).ShouldContain("html_formula");
        schema.Select(pair => pair.Key).ShouldContain("zipper_formula");
        schema["url_class"]!["additionalProperties"]!.GetValue<bool>().ShouldBeFalse();
    }
}
