using HydraEngine.Editor.Http;
using HydraEngine.Model.Parsing;

namespace HydraEngine.Editor.Api;

/// <summary>
/// The formula a trace pointer names in a page parser: <c>/content_parsers/N</c> (a content parser's formula) or
/// <c>/subsidiary_page_parsers/N</c> (the split into posts), through <c>/subsidiary_page_parsers/N/page_parser</c>;
/// a trailing <c>/formula</c> is allowed. Answers the formula and its own pointer.
/// </summary>
internal static class FormulaPointer
{
    public static (Formula Formula, string Pointer) Resolve(PageParser parser, string pointer)
    {
        var segments = pointer.Split('/').Skip(1).ToList();
        if (segments.Count > 0 && segments[^1] == "formula")
        {
            segments.RemoveAt(segments.Count - 1);
        }

        var at = "";
        for (var i = 0; i + 1 < segments.Count; i += 2)
        {
            var index = int.TryParse(segments[i + 1], out var number) && number >= 0 ? number : -1;
            at += $"/{segments[i]}/{segments[i + 1]}";
            var last = i + 2 == segments.Count;
            switch (segments[i])
            {
                case "content_parsers" when last && index < parser.ContentParsers.Count && index >= 0:
                    return (parser.ContentParsers[index].Formula, at + "/formula");
                case "subsidiary_page_parsers" when index < parser.SubsidiaryPageParsers.Count && index >= 0:
                    if (last)
                    {
                        return (parser.SubsidiaryPageParsers[index].Formula, at + "/formula");
                    }

                    if (i + 2 < segments.Count && segments[i + 2] == "page_parser")
                    {
                        parser = parser.SubsidiaryPageParsers[index].PageParser;
                        at += "/page_parser";
                        i++;
                        continue;
                    }

                    break;
            }

            break;
        }

        throw new EditorRequestException(422, "/pointer", $"\"pointer\" must name a content parser of '{parser.Name}' as the trace does, like /content_parsers/0 (got '{pointer}').");
    }
}
