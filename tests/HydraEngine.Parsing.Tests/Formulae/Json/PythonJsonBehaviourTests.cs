using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Documents;
using HydraEngine.Parsing.Formulae;
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

    [Fact]
    public void A_nan_constant_is_a_float_and_a_nan_string_stays_a_string() =>
        Run(JsonOf(JsonContentToFetch.String, Key("a")), "{\"a\": NaN, \"b\": \"x NaN \\\" Infinity\"}").ShouldBe(["nan"]);

    [Fact]
    public void Non_finite_floats_print_as_python_str_prints_them() =>
        Run(JsonOf(JsonContentToFetch.String, new JsonAllItems()), "[NaN, Infinity, -Infinity, 1e400, \"Infinity\"]").ShouldBe(["nan", "inf", "-inf", "inf", "Infinity"]);

    [Fact]
    public void Non_finite_floats_are_dumped_as_python_json_dumps_them() =>
        Run(JsonOf(JsonContentToFetch.Json), "[NaN,-Infinity,1e400,\"NaN\"]").ShouldBe(["[NaN, -Infinity, Infinity, \"NaN\"]"]);

    [Fact]
    public void Other_faults_beside_a_constant_are_still_reported() =>
        Should.Throw<ParseException>(() => Run(JsonOf(JsonContentToFetch.Json), "[NaN, nope]"));

    [Fact]
    public void A_deminify_reference_cycle_is_a_parse_error_naming_the_formula()
    {
        var error = Should.Throw<ParseException>(() => FormulaEngine.Default.Parse(JsonOf(JsonContentToFetch.String, new JsonDeminify(0)), new ParseDocument("[{\"\": -1}]"), new ParsingContext(), true, "/content_parsers/0/formula"));

        error.Message.ShouldContain("cycle");
        error.Pointer.ShouldBe("/content_parsers/0/formula");
    }
}
