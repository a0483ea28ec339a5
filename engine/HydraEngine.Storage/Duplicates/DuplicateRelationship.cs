namespace HydraEngine.Storage.Duplicates;

/// <summary>What a user (or a rule) says about a pair; the values are the Client API's.</summary>
public enum DuplicateRelationship
{
    Potential = 0,
    FalsePositive = 1,
    SameQuality = 2,
    Alternates = 3,

    /// <summary>A is better than B.</summary>
    Better = 4,
}
