using HydraEngine.Model.Strings;
using HydraEngine.Strings;

namespace HydraEngine.Strings.Tests;

/// <summary>Runs one-step converters in tests.</summary>
internal static class ConverterTestSupport
{
    public static string Run(StringConversion step, string input) => StringServices.Default.Convert(new StringConverter(new[] { step }, "x"), input);

    public static StringProcessingException Fails(StringConversion step, string input) =>
        Should.Throw<StringProcessingException>(() => Run(step, input));
}
