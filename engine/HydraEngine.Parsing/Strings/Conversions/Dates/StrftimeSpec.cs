namespace HydraEngine.Parsing.Strings.Conversions.Dates;

/// <summary>One glibc <c>strftime</c> conversion specification: flags, width, modifier and conversion character.</summary>
internal readonly record struct StrftimeSpec(char Conversion, int Width, bool NoPad, bool Underscore, bool Zero, bool Upper, bool SwapCase, bool HasModifier)
{
    /// <summary>No flags, width or modifier (Python handles <c>%f</c> only in this form).</summary>
    public bool IsPlain => Width == 0 && !NoPad && !Underscore && !Zero && !Upper && !SwapCase && !HasModifier;

    /// <summary>Reads the specification after a <c>%</c>; <see cref="Conversion"/> is <c>'\0'</c> if the format ends first.</summary>
    public static StrftimeSpec Read(string format, ref int i)
    {
        bool noPad = false, underscore = false, zero = false, upper = false, swap = false, modifier = false;
        for (; i < format.Length; i++)
        {
            switch (format[i])
            {
                case '-': noPad = true; continue;
                case '_': underscore = true; continue;
                case '0': zero = true; continue;
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
        return new StrftimeSpec(conversion, width, noPad, underscore, zero, upper, swap, modifier);
    }
}
