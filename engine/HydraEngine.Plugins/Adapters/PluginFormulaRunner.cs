using HydraEngine.Abstractions;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing;
using HydraEngine.Parsing.Formulae;
using HydraEngine.Plugins.Html;

namespace HydraEngine.Plugins.Adapters;

/// <summary>Evaluates <see cref="PluginFormula"/>s through one host's plugins; every failure is a <see cref="ParseException"/>.</summary>
internal sealed class PluginFormulaRunner(PluginHost host) : IPluginFormulaRunner
{
    public const string FailedCode = "parsing.plugin-failed";
    public const string InputCode = "parsing.plugin-input";
    public const string SettingsCode = "parsing.plugin-settings";

    public IReadOnlyList<string> ParseRawTexts(PluginFormula formula, PluginFormulaInput input)
    {
        var (plugin, kind) = host.Kinds.FindFormulaKind(formula.Plugin, formula.Kind, out var unavailable)
            ?? throw new ParseException(IPluginFormulaRunner.UnavailableCode, unavailable, input.Pointer, "");
        IReadOnlyDictionary<string, System.Text.Json.JsonElement> settings;
        try
        {
            settings = PluginSettings.Resolve(formula, formula.Settings, $"{formula.Kind} ({formula.Plugin})", kind.Declared.Settings);
        }
        catch (InvalidDataException exception)
        {
            throw new ParseException(SettingsCode, exception.Message, input.Pointer + "/settings", "");
        }

        var request = new FormulaRequest(input.Text, kind.ReadsHtml ? new HtmlXPathNavigator(input.Html) : null, input.Context.Snapshot(), settings);
        try
        {
            return host.Calls.Run(plugin, $"the formula kind \"{kind.Declared.Name}\"", host.Options.CallTimeout, () => kind.Declared.Kind.Evaluate(request), CheckTexts);
        }
        catch (PluginException exception)
        {
            throw new ParseException(exception.PluginDisabled ? FailedCode : InputCode, exception.Message, input.Pointer, ParseException.Excerpt(input.Text));
        }
    }

    private static string? CheckTexts(IReadOnlyList<string>? texts) =>
        texts is null ? "returned null instead of a list of texts"
        : texts.Any(text => text is null) ? "returned a list holding null"
        : null;
}
