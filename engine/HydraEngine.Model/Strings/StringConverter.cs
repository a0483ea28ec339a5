using HydraEngine.Model.Common;

namespace HydraEngine.Model.Strings;

/// <summary>hydrus String Converter (55): conversions applied in order to one string.</summary>
public sealed record StringConverter(EquatableArray<StringConversion> Conversions, string Example) : StringProcessingStep
{
    public bool MakesChanges => Conversions.Count > 0;
}

public enum TextEncoding
{
    UrlPercent = 0,
    UnicodeEscape = 1,
    HtmlEntities = 2,
    Hex = 3,
    Base64 = 4,
    Base64Url = 5,
}

public enum DateTimezone
{
    Utc = 0,
    Local = 1,
    Offset = 2,
}

/// <summary>One conversion step of a String Converter (hydrus stores it as <c>[type, data]</c>).</summary>
public abstract record StringConversion;

public sealed record RemoveFromBeginning(long Count) : StringConversion;

public sealed record RemoveFromEnd(long Count) : StringConversion;

public sealed record Prepend(string Text) : StringConversion;

public sealed record Append(string Text) : StringConversion;

public sealed record EncodeText(TextEncoding Encoding) : StringConversion;

public sealed record DecodeText(TextEncoding Encoding) : StringConversion;

public sealed record ClipFromBeginning(long Count) : StringConversion;

public sealed record ClipFromEnd(long Count) : StringConversion;

public sealed record Reverse : StringConversion;

public sealed record RegexSubstitution(string Pattern, string Replacement) : StringConversion;

public sealed record DateDecode(string Format, DateTimezone Timezone, long OffsetSeconds) : StringConversion;

public sealed record IntegerAddition(long Delta) : StringConversion;

public sealed record DateEncode(string Format, DateTimezone Timezone) : StringConversion;

public sealed record HashText(string Algorithm) : StringConversion;

public sealed record DateDecodeEasy : StringConversion;

public sealed record AppendRandom(string Population, long Count) : StringConversion;
