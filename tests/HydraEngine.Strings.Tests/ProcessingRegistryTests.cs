using HydraEngine.Model.Common;
using HydraEngine.Model.Strings;
using HydraEngine.Strings;
using HydraEngine.Strings.Conversions;
using HydraEngine.Strings.Steps;

namespace HydraEngine.Strings.Tests;

/// <summary>Step dispatch through the type-keyed registries, and failure reporting.</summary>
public sealed class ProcessingRegistryTests
{
    private sealed record UnknownStep : StringProcessingStep;

    private sealed record Shout : StringConversion;

    private sealed record Nothing : StringConversion;

    private sealed class ShoutEvaluator : ConversionEvaluator<Shout>
    {
        protected override string Apply(Shout conversion, string text) => text.ToUpperInvariant() + "!";
    }

    private sealed record Duplicate : StringProcessingStep;

    private sealed class DuplicateEvaluator : StringStepEvaluator<Duplicate>
    {
        protected override IReadOnlyList<string> Apply(Duplicate step, IReadOnlyList<string> texts, StringServices services) => [.. texts, .. texts];
    }

    [Fact]
    public void An_unknown_step_empties_the_list_and_later_steps_still_run()
    {
        var processor = new StringProcessor(new Definition[] { new UnknownStep(), new StringJoiner("", null) });

        StringServices.Default.Process(processor, ["a", "b"]).ShouldBe([""]);
    }

    [Fact]
    public void A_nested_processor_is_an_unknown_step()
    {
        var processor = new StringProcessor(new Definition[] { StringProcessor.Empty });

        StringServices.Default.Process(processor, ["a"]).ShouldBeEmpty();
    }

    [Fact]
    public void An_unknown_conversion_fails_with_its_own_code()
    {
        var converter = new StringConverter(new StringConversion[] { new Append("x"), new Nothing() }, "x");

        var failure = Should.Throw<StringProcessingException>(() => StringServices.Default.Convert(converter, "a"));

        failure.Code.ShouldBe(StringErrorCodes.UnknownConversion);
        failure.StepIndex.ShouldBe(1);
        failure.StepType.ShouldBe(nameof(Nothing));
    }

    [Fact]
    public void A_failing_step_names_its_index_and_type()
    {
        var converter = new StringConverter(new StringConversion[] { new Prepend("x"), new IntegerAddition(1) }, "x");

        var failure = Should.Throw<StringProcessingException>(() => StringServices.Default.Convert(converter, "5"));

        failure.Code.ShouldBe(StringErrorCodes.ConversionFailed);
        failure.Message.ShouldContain("step 1 (IntegerAddition)");
    }

    [Fact]
    public void A_bad_regex_step_fails_as_invalid_regex()
    {
        var converter = new StringConverter(new StringConversion[] { new RegexSubstitution("(", "") }, "x");

        Should.Throw<StringProcessingException>(() => StringServices.Default.Convert(converter, "a")).Code.ShouldBe(StringErrorCodes.RegexInvalid);
    }

    [Fact]
    public void An_added_conversion_evaluator_is_used()
    {
        var services = new StringServicesBuilder().AddConversion(new ShoutEvaluator()).Build();

        services.Convert(new StringConverter(new StringConversion[] { new Shout() }, "x"), "hey").ShouldBe("HEY!");
    }

    [Fact]
    public void An_added_step_evaluator_is_used()
    {
        var services = new StringServicesBuilder().AddStep(new DuplicateEvaluator()).Build();

        services.Process(new StringProcessor(new Definition[] { new Duplicate() }), ["a"]).ShouldBe(["a", "a"]);
    }

    [Fact]
    public void A_converter_step_added_to_one_engine_is_unknown_to_another()
    {
        var shouting = new StringServicesBuilder().AddConverterStep(typeof(Shout), (_, text) => text + "!").Build();
        var converter = new StringConverter(new StringConversion[] { new Shout() }, "x");

        shouting.Convert(converter, "hey").ShouldBe("hey!");
        Should.Throw<StringProcessingException>(() => StringServices.Default.Convert(converter, "hey")).Code.ShouldBe(StringErrorCodes.UnknownConversion);
    }

    [Fact]
    public void A_converter_step_added_later_replaces_the_earlier_one()
    {
        var services = new StringServicesBuilder().AddConverterStep(typeof(Reverse), (_, text) => text + "?").Build();

        services.Convert(new StringConverter(new StringConversion[] { new Reverse() }, "x"), "ab").ShouldBe("ab?");
    }

    [Fact]
    public void A_converter_step_must_be_a_concrete_conversion_type()
    {
        Should.Throw<ArgumentException>(() => new StringServicesBuilder().AddConverterStep(typeof(StringConversion), (_, text) => text));
    }

    [Fact]
    public void Every_builtin_conversion_type_has_an_evaluator()
    {
        var conversionTypes = typeof(StringConversion).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(StringConversion)) && !type.IsAbstract);

        conversionTypes.ShouldAllBe(type => StringServices.Default.CanConvert(type));
    }

    [Fact]
    public void Every_builtin_step_type_has_an_evaluator()
    {
        var stepTypes = typeof(StringProcessingStep).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(StringProcessingStep)) && !type.IsAbstract);

        stepTypes.ShouldAllBe(type => StringServices.Default.CanProcess(type));
    }
}
