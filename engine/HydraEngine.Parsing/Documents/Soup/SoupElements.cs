using System.Collections.Frozen;

namespace HydraEngine.Parsing.Documents.Soup;

/// <summary>
/// The element lists html5lib 1.1's tree builder decides by (an older HTML spec than today's: <c>main</c>, <c>summary</c>,
/// <c>figcaption</c>, <c>hgroup</c> are not special, <c>isindex</c> and <c>command</c> still are), and the HTML spec's
/// name tables for SVG and MathML.
/// </summary>
internal static class SoupElements
{
    /// <summary>HTML elements html5lib treats as special (scope barriers for list items, end tags and the adoption agency).</summary>
    public static readonly FrozenSet<string> SpecialHtml = FrozenSet.Create(StringComparer.Ordinal,
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
        "button", "caption", "center", "col", "colgroup", "command", "dd", "details", "dir", "div", "dl", "dt",
        "embed", "fieldset", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hr", "html", "iframe", "image", "img", "input", "isindex", "li", "link", "listing",
        "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param",
        "plaintext", "pre", "script", "section", "select", "style", "table", "tbody", "td", "textarea", "tfoot", "th",
        "thead", "title", "tr", "ul", "wbr", "xmp");

    /// <summary>HTML elements that end an element scope.</summary>
    public static readonly FrozenSet<string> ScopingHtml = FrozenSet.Create(StringComparer.Ordinal,
        "applet", "caption", "html", "marquee", "object", "table", "td", "th");

    /// <summary>MathML elements that end an element scope.</summary>
    public static readonly FrozenSet<string> ScopingMathMl = FrozenSet.Create(StringComparer.Ordinal,
        "annotation-xml", "mi", "mn", "mo", "ms", "mtext");

    /// <summary>SVG elements that end an element scope (also the HTML integration points).</summary>
    public static readonly FrozenSet<string> ScopingSvg = FrozenSet.Create(StringComparer.Ordinal,
        "desc", "foreignObject", "title");

    /// <summary>MathML text integration points.</summary>
    public static readonly FrozenSet<string> MathMlText = FrozenSet.Create(StringComparer.Ordinal,
        "mi", "mn", "mo", "ms", "mtext");

    /// <summary>h1 to h6.</summary>
    public static readonly FrozenSet<string> Headings = FrozenSet.Create(StringComparer.Ordinal,
        "h1", "h2", "h3", "h4", "h5", "h6");

    /// <summary>Current nodes under which content from a table is foster-parented.</summary>
    public static readonly FrozenSet<string> TableInsertion = FrozenSet.Create(StringComparer.Ordinal,
        "table", "tbody", "tfoot", "thead", "tr");

    /// <summary>Elements closed by an implied end tag.</summary>
    public static readonly FrozenSet<string> ImpliedEnd = FrozenSet.Create(StringComparer.Ordinal,
        "dd", "dt", "li", "optgroup", "option", "p", "rp", "rt");

    /// <summary>Formatting elements (the adoption agency handles their end tags).</summary>
    public static readonly FrozenSet<string> Formatting = FrozenSet.Create(StringComparer.Ordinal,
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    /// <summary>Start tags in body that close an open &lt;p&gt; first.</summary>
    public static readonly FrozenSet<string> ClosesParagraph = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "center", "details", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "section", "summary",
        "ul");

    /// <summary>End tags in body that close a block element in scope.</summary>
    public static readonly FrozenSet<string> EndsBlock = FrozenSet.Create(StringComparer.Ordinal,
        "address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing", "main", "menu", "nav", "ol",
        "pre", "section", "summary", "ul");

    /// <summary>Start tags that leave SVG or MathML content.</summary>
    public static readonly FrozenSet<string> ForeignBreakout = FrozenSet.Create(StringComparer.Ordinal,
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
        "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
        "ruby", "s", "small", "span", "strike", "strong", "sub", "sup", "table", "tt", "u", "ul", "var");

    /// <summary>SVG attribute names restored to their case (the HTML spec's table).</summary>
    public static readonly FrozenDictionary<string, string> SvgAttributes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["attributename"] = "attributeName",
        ["attributetype"] = "attributeType",
        ["basefrequency"] = "baseFrequency",
        ["baseprofile"] = "baseProfile",
        ["calcmode"] = "calcMode",
        ["clippathunits"] = "clipPathUnits",
        ["contentscripttype"] = "contentScriptType",
        ["contentstyletype"] = "contentStyleType",
        ["diffuseconstant"] = "diffuseConstant",
        ["edgemode"] = "edgeMode",
        ["externalresourcesrequired"] = "externalResourcesRequired",
        ["filterres"] = "filterRes",
        ["filterunits"] = "filterUnits",
        ["glyphref"] = "glyphRef",
        ["gradienttransform"] = "gradientTransform",
        ["gradientunits"] = "gradientUnits",
        ["kernelmatrix"] = "kernelMatrix",
        ["kernelunitlength"] = "kernelUnitLength",
        ["keypoints"] = "keyPoints",
        ["keysplines"] = "keySplines",
        ["keytimes"] = "keyTimes",
        ["lengthadjust"] = "lengthAdjust",
        ["limitingconeangle"] = "limitingConeAngle",
        ["markerheight"] = "markerHeight",
        ["markerunits"] = "markerUnits",
        ["markerwidth"] = "markerWidth",
        ["maskcontentunits"] = "maskContentUnits",
        ["maskunits"] = "maskUnits",
        ["numoctaves"] = "numOctaves",
        ["pathlength"] = "pathLength",
        ["patterncontentunits"] = "patternContentUnits",
        ["patterntransform"] = "patternTransform",
        ["patternunits"] = "patternUnits",
        ["pointsatx"] = "pointsAtX",
        ["pointsaty"] = "pointsAtY",
        ["pointsatz"] = "pointsAtZ",
        ["preservealpha"] = "preserveAlpha",
        ["preserveaspectratio"] = "preserveAspectRatio",
        ["primitiveunits"] = "primitiveUnits",
        ["refx"] = "refX",
        ["refy"] = "refY",
        ["repeatcount"] = "repeatCount",
        ["repeatdur"] = "repeatDur",
        ["requiredextensions"] = "requiredExtensions",
        ["requiredfeatures"] = "requiredFeatures",
        ["specularconstant"] = "specularConstant",
        ["specularexponent"] = "specularExponent",
        ["spreadmethod"] = "spreadMethod",
        ["startoffset"] = "startOffset",
        ["stddeviation"] = "stdDeviation",
        ["stitchtiles"] = "stitchTiles",
        ["surfacescale"] = "surfaceScale",
        ["systemlanguage"] = "systemLanguage",
        ["tablevalues"] = "tableValues",
        ["targetx"] = "targetX",
        ["targety"] = "targetY",
        ["textlength"] = "textLength",
        ["viewbox"] = "viewBox",
        ["viewtarget"] = "viewTarget",
        ["xchannelselector"] = "xChannelSelector",
        ["ychannelselector"] = "yChannelSelector",
        ["zoomandpan"] = "zoomAndPan",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>SVG element names restored to their case inside SVG content (the HTML spec's table).</summary>
    public static readonly FrozenDictionary<string, string> SvgTagNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["altglyph"] = "altGlyph",
        ["altglyphdef"] = "altGlyphDef",
        ["altglyphitem"] = "altGlyphItem",
        ["animatecolor"] = "animateColor",
        ["animatemotion"] = "animateMotion",
        ["animatetransform"] = "animateTransform",
        ["clippath"] = "clipPath",
        ["feblend"] = "feBlend",
        ["fecolormatrix"] = "feColorMatrix",
        ["fecomponenttransfer"] = "feComponentTransfer",
        ["fecomposite"] = "feComposite",
        ["feconvolvematrix"] = "feConvolveMatrix",
        ["fediffuselighting"] = "feDiffuseLighting",
        ["fedisplacementmap"] = "feDisplacementMap",
        ["fedistantlight"] = "feDistantLight",
        ["feflood"] = "feFlood",
        ["fefunca"] = "feFuncA",
        ["fefuncb"] = "feFuncB",
        ["fefuncg"] = "feFuncG",
        ["fefuncr"] = "feFuncR",
        ["fegaussianblur"] = "feGaussianBlur",
        ["feimage"] = "feImage",
        ["femerge"] = "feMerge",
        ["femergenode"] = "feMergeNode",
        ["femorphology"] = "feMorphology",
        ["feoffset"] = "feOffset",
        ["fepointlight"] = "fePointLight",
        ["fespecularlighting"] = "feSpecularLighting",
        ["fespotlight"] = "feSpotLight",
        ["fetile"] = "feTile",
        ["feturbulence"] = "feTurbulence",
        ["foreignobject"] = "foreignObject",
        ["glyphref"] = "glyphRef",
        ["lineargradient"] = "linearGradient",
        ["radialgradient"] = "radialGradient",
        ["textpath"] = "textPath",
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
