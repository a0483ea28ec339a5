using HydraEngine.Model.Strings;

namespace HydraEngine.Strings.Conversions.Encodings;

/// <summary>One of the String Converter's text encodings (objects.md §2 "Encodings"), both directions.</summary>
internal interface ITextCodec
{
    TextEncoding Encoding { get; }

    /// <summary>Encodes; throws when hydrus's encode would raise.</summary>
    string Encode(string text);

    /// <summary>Decodes; throws when hydrus's decode would raise.</summary>
    string Decode(string text);
}
