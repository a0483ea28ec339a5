using System.Text.Json;
using System.Xml.XPath;

namespace HydraEngine.Abstractions;

/// <summary>
/// A parse formula kind. The host runs the definition's string processor on what <see cref="Evaluate"/> returns,
/// exactly as for built-in formulae.
/// </summary>
public interface IFormulaKind : IPluginKind
{
    /// <summary>Whether <see cref="Evaluate"/> wants <see cref="FormulaRequest.Html"/> (the host parses the HTML once per document).</summary>
    bool ReadsHtml { get; }

    /// <summary>The raw texts the formula finds (never null, no null items). Throw <see cref="PluginInputException"/> for input it cannot handle.</summary>
    /// <param name="request">The document, context and settings.</param>
    /// <returns>The texts, in document order.</returns>
    IReadOnlyList<string> Evaluate(FormulaRequest request);
}

/// <summary>What a formula kind evaluates.</summary>
/// <param name="Text">The document text (after the page parser's pre-parse conversion).</param>
/// <param name="Html">A navigator at the root of the parsed HTML when <see cref="IFormulaKind.ReadsHtml"/>, else null. Elements and attributes have no namespace.</param>
/// <param name="Context">The parsing context (keys such as <c>url</c> and <c>post_index</c>).</param>
/// <param name="Settings">The definition's settings, checked against the kind's declarations.</param>
public sealed record FormulaRequest(
    string Text,
    XPathNavigator? Html,
    IReadOnlyDictionary<string, string> Context,
    IReadOnlyDictionary<string, JsonElement> Settings);
