using System.Text;

namespace HydraEngine.Strings.Patterns;

/// <summary>
/// A Python inline flag group read after <c>(?</c>: global <c>(?imsx)</c> or scoped <c>(?i-s:</c>. .NET gets only
/// <c>i m s</c> (and <c>x</c> when scoped); <c>a</c> (ASCII classes) and <c>x</c> (verbose) at global level are
/// applied by the translator, <c>u</c> is the default, <c>L</c> is invalid for text patterns.
/// </summary>
internal readonly record struct InlineFlags(bool Scoped, string On, string Off)
{
    public bool Ascii => On.Contains('a');

    public bool Verbose => On.Contains('x');

    public string DotNetGlobalGroup => Keep(On, "ims") is { Length: > 0 } on ? $"(?{on})" : "";

    public string DotNetScopedGroup => Keep(Off, "imsx") is { Length: > 0 } off ? $"(?{Keep(On, "imsx")}-{off}:" : $"(?{Keep(On, "imsx")}:";

    /// <exception cref="FormatException">Malformed or invalid flags.</exception>
    public static InlineFlags Read(PatternReader reader)
    {
        var on = new StringBuilder();
        var off = new StringBuilder();
        var target = on;
        while (true)
        {
            if (reader.AtEnd)
            {
                throw reader.Error("missing -, : or )");
            }

            var c = reader.Text[reader.Position++];
            if (c is ')' or ':')
            {
                return Validate(reader, new InlineFlags(c == ':', on.ToString(), off.ToString()));
            }

            if (c == '-' && target == on)
            {
                target = off;
            }
            else if ("aiLmsux".Contains(c))
            {
                target.Append(c);
            }
            else
            {
                throw reader.Error($"unknown extension ?{c}");
            }
        }
    }

    private static InlineFlags Validate(PatternReader reader, InlineFlags flags)
    {
        if (flags.On.Length == 0 && flags.Off.Length == 0)
        {
            throw reader.Error("missing flag");
        }

        if (flags.On.Contains('L') || flags.Off.Contains('L') || (flags.On.Contains('a') && flags.On.Contains('u')) || (!flags.Scoped && flags.Off.Length > 0))
        {
            throw reader.Error("bad inline flags");
        }

        return flags;
    }

    private static string Keep(string flags, string allowed)
    {
        var kept = new StringBuilder(flags.Length);
        foreach (var flag in flags)
        {
            if (allowed.Contains(flag))
            {
                kept.Append(flag);
            }
        }

        return kept.ToString();
    }
}
