using AngleSharp.Dom;
using HydraEngine.Model.Parsing;
using HydraEngine.Parsing.Documents;

namespace HydraEngine.Parsing.Formulae;

/// <summary>
/// Produces a plugin formula's raw texts; failures are <see cref="ParseException"/>s. An engine built with plugins
/// passes its plugin host's runner to its <see cref="FormulaEngine"/>; without one, every plugin formula fails with
/// a parse error (<see cref="UnavailableCode"/>) naming the plugin to install.
/// </summary>
public interface IPluginFormulaRunner
{
    const string UnavailableCode = "parsing.plugin-unavailable";

    IReadOnlyList<string> ParseRawTexts(PluginFormula formula, PluginFormulaInput input);
}

/// <summary>What a plugin formula reads: the text, the HTML tree every HTML formula of the document shares, and the context.</summary>
public sealed class PluginFormulaInput
{
    private readonly ParseDocument document;

    internal PluginFormulaInput(ParseDocument document, ParsingContext context, string pointer)
    {
        this.document = document;
        Context = context;
        Pointer = pointer;
    }

    public string Text => document.Text;

    /// <summary>The parsed HTML, built once per document; parse failures are <see cref="ParseException"/>s.</summary>
    public IDocument Html
    {
        get
        {
            try
            {
                return document.Html;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                throw new ParseException("parsing.html", $"Unable to parse that HTML: {exception.Message}", Pointer, ParseException.Excerpt(Text));
            }
        }
    }

    public ParsingContext Context { get; }

    /// <summary>Where the formula sits (a JSON Pointer into the parser's native form).</summary>
    public string Pointer { get; }
}

/// <summary>Hands plugin formulae to the engine's <see cref="IPluginFormulaRunner"/>.</summary>
internal sealed class PluginFormulaEvaluator : FormulaEvaluator<PluginFormula>
{
    protected override IReadOnlyList<string> ParseRawTexts(PluginFormula formula, FormulaInput input, FormulaEngine engine)
    {
        var runner = engine.PluginFormulae
            ?? throw new ParseException(IPluginFormulaRunner.UnavailableCode, $"the formula kind \"{formula.Kind}\" comes from the plugin \"{formula.Plugin}\", and no plugins are loaded: install and enable {formula.Plugin}.", input.Pointer, "");
        return runner.ParseRawTexts(formula, new PluginFormulaInput(input.Document, input.Context, input.Pointer));
    }
}
