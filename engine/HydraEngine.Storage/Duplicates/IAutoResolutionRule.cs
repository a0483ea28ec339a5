namespace HydraEngine.Storage.Duplicates;

/// <summary>
/// One of hydrus's suggested auto-resolution rules (spec §1.12) that needs only what the store has. A rule tests
/// the pair in both orders; it returns the decision for the first order that passes, or null.
/// </summary>
internal interface IAutoResolutionRule
{
    string Name { get; }

    string Description { get; }

    AutoResolutionDecision? Decide(AutoResolutionPair pair);
}
