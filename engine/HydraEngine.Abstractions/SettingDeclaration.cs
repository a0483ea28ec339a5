namespace HydraEngine.Abstractions;

/// <summary>One setting of a plugin kind, as definitions must write it.</summary>
/// <param name="Name">The key in the definition's <c>"settings"</c> object.</param>
/// <param name="Type">The JSON type its value must have.</param>
/// <param name="Required">Whether definitions must give it; an optional setting may be left out (never null).</param>
public sealed record SettingDeclaration(string Name, SettingType Type, bool Required);

/// <summary>The JSON type of a setting's value.</summary>
public enum SettingType
{
    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A JSON number without a fractional part that fits in 64 bits.</summary>
    Integer,

    /// <summary>Any JSON number.</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A JSON array.</summary>
    Array,

    /// <summary>A JSON object.</summary>
    Object,
}
