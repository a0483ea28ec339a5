namespace HydraEngine.Storage.Duplicates;

/// <summary>Which files of a decided pair go to the trash afterwards (hydrus's delete_a / delete_b), and the deletion reason recorded.</summary>
public sealed record DuplicateDeletes(bool DeleteA, bool DeleteB, string Reason)
{
    public const string DefaultReason = "duplicates: the worse file of a decided pair";

    /// <summary>hydrus's duplicate filter's default for "A is better": B, the worse file, goes to the trash.</summary>
    public static DuplicateDeletes WorseFile { get; } = new(false, true, DefaultReason);

    public static DuplicateDeletes None { get; } = new(false, false, DefaultReason);
}
