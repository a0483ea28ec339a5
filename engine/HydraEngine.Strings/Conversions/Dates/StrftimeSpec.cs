namespace HydraEngine.Strings.Conversions.Dates;

/// <summary>One glibc <c>strftime</c> conversion specification: flags, width, modifier and conversion character.</summary>
/// <remarks><see cref="PadFlag"/> is the last of <c>-</c>, <c>_</c>, <c>0</c> given (glibc lets the last one win), or <c>'\0'</c>.</remarks>
internal readonly record struct StrftimeSpec(char Conversion, int Width, char PadFlag, bool Upper, bool SwapCase, bool HasModifier)
{
    /// <summary>No flags, width or modifier (Python handles <c>%f</c> only in this form).</summary>
    public bool IsPlain => Width == 0 && PadFlag == '\0' && !Upper && !SwapCase && !HasModifier;

    public bool NoPad => PadFlag == '-';

    public bool Underscore => PadFlag == '_';

    public bool Zero => PadFlag == '0';

    /// <summary>Reads the specification after a <c>%</c>; <see cref="Conversion"/> is <c>'\0'</c> if the format ends first.</summary>
    public static StrftimeSpec Read(string format, ref int i)
    {
        var pad = '\0';
        bool upper = false, swap = false, modifier = false;
        for (; i < format.Length; i++)
        {
            switch (format[i])
            {
                case '-' or '_' or '0': pad = format[i]; continue;
                case '^': upper = true; continue;
                case '#': swap = true; continue;
            }

            break;
        }

        var width = 0;
        while (i < format.Length && char.IsAsciiDigit(format[i]))
        {
            width = Math.Min((width * 10) + (format[i++] - '0'), 4096);
        }

        if (i < format.Length && format[i] is 'E' or 'O')
        {
            modifier = true;
            i++;
        }

        var conversion = i < format.Length ? format[i++] : '\0';
        return new StrftimeSpec(conversion, width, pad, upper, swap, modifier);
    }
}
