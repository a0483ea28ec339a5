using HydraEngine.Model.Parsing;
using static HydraEngine.Parsing.Tests.Build;

namespace HydraEngine.Parsing.Tests.Formulae.Json;

/// <summary>JSON read as Python's json.loads reads it, where System.Text.Json alone would differ.</summary>
public sealed class PythonJsonBehaviourTests
{
    [Fact]
    public void A_lone_surrogate_escape_is_kept_as_python_keeps_it() =>
        Run(JsonOf(JsonContentToFetch.String, Key("a")), "{\"a\": \"x\\ud800y\"}").ShouldBe(["x\ud800y"]);

    [Fact]
    public void A_repeated_key_keeps_its_first_position_and_last_value() =>
        Run(JsonOf(JsonContentToFetch.Json), "{\"a\": 1, \"b\": 2, \"a\": 3}").ShouldBe(["{\"a\": 3, \"b\": 2}"]);

    [Fact]
    public void Integers_beyond_64_bits_stay_exact() =>
        Run(JsonOf(JsonContentToFetch.String, Key("n")), "{\"n\": 123456789012345678901234567890}").ShouldBe(["123456789012345678901234567890"]);

    [Fact]
    public void An_integral_float_keeps_its_fraction() =>
        Run(JsonOf(JsonContentToFetch.String, Key("n")), "{\"n\": 10.0}").ShouldBe(["10.0"]);
}
