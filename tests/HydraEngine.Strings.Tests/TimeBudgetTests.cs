namespace HydraEngine.Strings.Tests;

/// <summary>A parse's time budget and the shares its parts get.</summary>
public sealed class TimeBudgetTests
{
    [Fact]
    public void A_share_is_the_fraction_of_the_limit_while_enough_is_left() =>
        new TimeBudget(TimeSpan.FromHours(1)).Share(0.5).Limit.ShouldBeInRange(TimeSpan.FromMinutes(29.9), TimeSpan.FromMinutes(30));

    [Fact]
    public void A_share_of_a_spent_budget_is_nothing()
    {
        var spent = new TimeBudget(TimeSpan.Zero);

        spent.Share(0.5).Limit.ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void A_spent_share_throws_when_checked() =>
        Should.Throw<TimeBudgetExceededException>(() => new TimeBudget(TimeSpan.FromTicks(-1)).Share(0.5).Check());
}
