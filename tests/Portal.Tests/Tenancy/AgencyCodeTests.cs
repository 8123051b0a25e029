using Portal.Core.Tenancy;

namespace Portal.Tests.Tenancy;

public sealed class AgencyCodeTests
{
    [Theory]
    [InlineData("000.00.00.G22")]
    [InlineData("000.33.41.H41")]
    [InlineData("000.00.00.G09")]
    [InlineData("123.45.67.A00")]
    public void Four_dot_separated_groups_are_valid(string code) => Assert.True(AgencyCode.IsValid(code));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("000.00.00.g22")]
    [InlineData("000.00.00")]
    [InlineData("000.00.00.G22.1")]
    [InlineData("0000.00.00.G22")]
    [InlineData("000.0.00.G22")]
    [InlineData("000.00.00.GG2")]
    [InlineData("000-00-00-G22")]
    [InlineData(" 000.00.00.G22")]
    [InlineData("000.00.00.G22 ")]
    [InlineData("000.00.00.G22\n")]
    [InlineData("٠٠٠.٠٠.٠٠.G22")]
    public void Anything_else_is_invalid(string? code) => Assert.False(AgencyCode.IsValid(code));
}
