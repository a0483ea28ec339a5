using System.Collections.Concurrent;
using System.Globalization;
using System.Xml.XPath;
using HydraEngine.Abstractions;

namespace HydraEngine.XPath;

/// <summary>
/// <c>{"kind": "xpath_formula", "plugin": "HydraEngine.XPath", "settings": {"xpath": "//a/@href", "limit": 10}}</c>:
/// evaluates an XPath 1.0 expression over the page's HTML. A node-set gives each node's string value in document
/// order (an element's text, an attribute's value); a string, number or boolean gives one text. Empty texts are
/// dropped, as HTML formulae drop them. <c>limit</c> (optional) keeps at most that many.
/// </summary>
internal sealed class XPathFormulaKind : IFormulaKind
{
    private readonly ConcurrentDictionary<string, XPathExpression> compiled = new(StringComparer.Ordinal);

    public string Name => "xpath_formula";

    public IReadOnlyList<SettingDeclaration> Settings { get; } =
    [
        new("xpath", SettingType.String, Required: true),
        new("limit", SettingType.Integer, Required: false),
    ];

    public bool ReadsHtml => true;

    public IReadOnlyList<string> Evaluate(FormulaRequest request)
    {
        var html = request.Html ?? throw new PluginInputException("xpath_formula needs the page's HTML.");
        var expression = Compile(request.Settings["xpath"].GetString()!);
        var limit = request.Settings.TryGetValue("limit", out var given) ? given.GetInt64() : long.MaxValue;
        object result;
        try
        {
            result = html.Evaluate(expression);
        }
        catch (XPathException exception)
        {
            throw new PluginInputException($"the XPath {expression.Expression} failed: {exception.Message}", exception);
        }

        return Texts(result).Where(text => text.Length > 0).Take((int)Math.Min(limit, int.MaxValue)).ToArray();
    }

    private XPathExpression Compile(string xpath)
    {
        try
        {
            return compiled.GetOrAdd(xpath, XPathExpression.Compile);
        }
        catch (XPathException exception)
        {
            throw new PluginInputException($"\"{xpath}\" is not an XPath 1.0 expression: {exception.Message}", exception);
        }
    }

    private static IEnumerable<string> Texts(object result) => result switch
    {
        XPathNodeIterator nodes => Values(nodes),
        string text => [text],
        bool flag => [flag ? "true" : "false"],
        double number => [FormatNumber(number)],
        _ => [],
    };

    private static IEnumerable<string> Values(XPathNodeIterator nodes)
    {
        while (nodes.MoveNext())
        {
            yield return nodes.Current!.Value;
        }
    }

    /// <summary>XPath's string() of a number: integers without a fraction, NaN and Infinity by name.</summary>
    private static string FormatNumber(double number) =>
        double.IsNaN(number) ? "NaN"
        : double.IsInfinity(number) ? (number > 0 ? "Infinity" : "-Infinity")
        : number == Math.Floor(number) && Math.Abs(number) < 1e15 ? number.ToString("0", CultureInfo.InvariantCulture)
        : number.ToString("R", CultureInfo.InvariantCulture);
}
