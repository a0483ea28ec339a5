using HydraEngine.Definitions.Diagnostics;
using HydraEngine.Model.Strings;

namespace HydraEngine.Definitions.Tests.Hydrus;

/// <summary>Issue 19 point 6: duplicate keys and lone surrogate escapes never throw out of the loader.</summary>
public sealed class HostileJsonTests
{
    private static readonly StringMatch Match = StringMatch.Any with { Example = "xyz" };

    [Fact]
    public void A_repeated_native_key_keeps_the_last_value_as_python_does()
    {
        var native = HydraEngine.Definitions.Native.NativeDefinitionWriter.ToJson(Match);
        var repeated = "{\"example\": \"first\", " + native.TrimStart()[1..];
        var result = DefinitionLoader.LoadJson(repeated, "repeated.json");
        result.Diagnostics.ShouldNotContain(diagnostic => diagnostic.Code == DiagnosticCodes.Unexpected);
        result.Definition.ShouldBeOfType<StringMatch>().Example.ShouldBe("xyz");
    }

    [Fact]
    public void A_lone_surrogate_escape_is_a_diagnostic_naming_where_it_is()
    {
        var tuple = HydrusSerialiser.ToDumpString(Match).Replace("\"xyz\"", "\"\\ud800x\"", StringComparison.Ordinal);
        var result = DefinitionLoader.LoadJson(tuple, "surrogate.json");
        result.Succeeded.ShouldBeFalse();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Code.ShouldBe(DiagnosticCodes.JsonText);
        error.Path.ShouldNotBeEmpty();
    }

    [Fact]
    public void A_lone_surrogate_in_a_key_is_a_diagnostic()
    {
        var result = DefinitionLoader.LoadJson("{\"\\udc00\": 1}", "key.json");
        result.Errors.ShouldContain(error => error.Code == DiagnosticCodes.JsonText);
    }
}
