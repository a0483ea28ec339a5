using HydraEngine.Storage.Files;

namespace HydraEngine.Storage.Duplicates;

/// <summary>File types: always stated; −100 when either side is a project file, an application or an archive (their comparison is not visual).</summary>
internal sealed class FileTypeComparison : IComparisonRule
{
    private const int ComplexPenalty = -100;

    private static readonly HashSet<FileMime> ComplexTypes =
        [FileMime.ApplicationPsd, FileMime.ApplicationPdf, FileMime.ApplicationZip, FileMime.ApplicationRar, FileMime.Application7z];

    public ComparisonStatement? Compare(ComparisonContext context)
    {
        var (a, b) = (context.A.Mime, context.B.Mime);
        var score = ComplexTypes.Contains(a) || ComplexTypes.Contains(b) ? ComplexPenalty : 0;
        var text = a == b ? $"both {MimeTypes.MimeString(a)}" : $"{MimeTypes.MimeString(a)} vs {MimeTypes.MimeString(b)}";
        return new ComparisonStatement("mime", text, score);
    }
}
