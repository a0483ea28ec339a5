using System.Globalization;

namespace HydraEngine.Storage.Search;

/// <summary>
/// SQL conditions for duration, frames, ratio, notes and URL class predicates, over the searched file row <c>f</c>
/// and <c>i</c> (<c>files_info</c>); <paramref name="parameter"/> adds a text parameter, <paramref name="needsInfo"/>
/// asks for the <c>files_info</c> join.
/// </summary>
internal sealed class MediaPredicateSql(Func<string, string> parameter, Action needsInfo)
{
    /// <summary>The name of the SQLite function the search registers to classify URLs (see <see cref="SearchOptions.UrlClassOf"/>).</summary>
    public const string UrlClassFunction = "hydra_url_class";

    public string? Condition(SearchPredicate predicate) => predicate switch
    {
        DurationPredicate duration => Info($"i.duration_ms {PredicateSql.Operator(duration.Comparison)} {duration.Milliseconds}"),
        FrameCountPredicate frames => Info($"i.num_frames {PredicateSql.Operator(frames.Comparison)} {frames.Frames}"),
        MediaPresencePredicate { Property: MediaProperty.Duration } has => Info(has.Has ? "i.duration_ms > 0" : "COALESCE(i.duration_ms, 0) = 0"),
        MediaPresencePredicate has => Info(has.Has ? "i.num_frames > 1" : "COALESCE(i.num_frames, 0) <= 1"),
        RatioPredicate ratio => Info(Ratio(ratio)),
        NoteCountPredicate count => $"(SELECT COUNT(*) FROM file_notes n WHERE n.hash_id = f.hash_id) {PredicateSql.Operator(count.Comparison)} {count.Count}",
        NoteNamePredicate name =>
            $"{(name.Has ? "" : "NOT ")}EXISTS (SELECT 1 FROM file_notes n JOIN labels l ON l.label_id = n.name_id WHERE n.hash_id = f.hash_id AND l.label = {parameter(name.Name)})",
        NoteTextPredicate text =>
            $"EXISTS (SELECT 1 FROM file_notes n JOIN notes t ON t.note_id = n.note_id WHERE n.hash_id = f.hash_id AND instr(lower(t.note), lower({parameter(text.Text)})) > 0)",
        UrlClassPredicate urlClass =>
            $"EXISTS (SELECT 1 FROM url_map um JOIN urls u ON u.url_id = um.url_id WHERE um.hash_id = f.hash_id AND {UrlClassFunction}(u.url) = {parameter(urlClass.Name)})",
        _ => null,
    };

    private string Info(string condition)
    {
        needsInfo();
        return condition;
    }

    /// <summary>width:height against W:H, compared as width·H against height·W (no division, no rounding).</summary>
    private static string Ratio(RatioPredicate ratio)
    {
        var w = ratio.Width.ToString(CultureInfo.InvariantCulture);
        var h = ratio.Height.ToString(CultureInfo.InvariantCulture);
        var (left, right) = ($"(i.width * {h})", $"(i.height * {w})");
        return "i.width > 0 AND i.height > 0 AND " + ratio.Comparison switch
        {
            RatioComparison.Equal => $"{left} = {right}",
            RatioComparison.WiderThan => $"{left} > {right}",
            RatioComparison.TallerThan => $"{left} < {right}",
            _ => $"abs({left} - {right}) <= 0.01 * {right}",
        };
    }
}
