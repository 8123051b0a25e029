using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Portal.Core.Tenancy;

namespace Portal.Tests.Tenancy;

public sealed class TenantNameTests
{
    private static readonly ReservedPrefixes Reserved = new(new DefaultEndpointDataSource(
        new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("bao-cao/{id}"), 0, EndpointMetadataCollection.Empty, "report"),
        new RouteEndpoint(_ => Task.CompletedTask, RoutePatternFactory.Parse("{tenant}/trang"), 0, EndpointMetadataCollection.Empty, "param")));

    [Theory]
    [InlineData("xa-hung-dung")]
    [InlineData("so-noi-vu-nghe-an")]
    [InlineData("a")]
    [InlineData("h41")]
    [InlineData("000-33-41-h41")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789-abcdefghijklmnopqrstuvwxyz")]
    public void Lowercase_slugs_up_to_63_characters_are_well_formed(string name)
    {
        Assert.True(TenantName.IsWellFormed(name));
        Assert.Null(TenantName.Problem(name, Reserved));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Xa-Hung-Dung")]
    [InlineData("xa hung")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("-xa")]
    [InlineData("xa-")]
    [InlineData("xã-hưng-dũng")]
    [InlineData("xa_hung")]
    [InlineData("xa/hung")]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789-abcdefghijklmnopqrstuvwxyz0")]
    [InlineData("xa-hung-dung\n")]
    [InlineData("xa-hung-dung\r\n")]
    [InlineData("\nxa-hung-dung")]
    [InlineData("xa-hung-dung ")]
    public void Anything_else_is_not_well_formed_and_the_problem_is_said_in_Vietnamese(string? name)
    {
        Assert.False(TenantName.IsWellFormed(name));
        Assert.StartsWith("Tên tiền tố", TenantName.Problem(name, Reserved));
    }

    [Theory]
    [InlineData("api")]
    [InlineData("admin")]
    [InlineData("static")]
    [InlineData("health")]
    [InlineData("account")]
    [InlineData("openapi")]
    [InlineData("default")]
    [InlineData("bao-cao")]
    public void Fixed_words_and_the_first_literal_segment_of_every_route_are_reserved(string name)
    {
        Assert.True(Reserved.Contains(name));
        Assert.True(Reserved.Contains(name.ToUpperInvariant()));
        Assert.Equal($"Tên tiền tố '{name}' là từ dành riêng của hệ thống, hãy chọn tên khác.", TenantName.Problem(name, Reserved));
    }

    [Fact]
    public void A_route_that_starts_with_a_parameter_reserves_nothing()
    {
        Assert.False(Reserved.Contains("trang"));
        Assert.False(Reserved.Contains("{tenant}"));
        Assert.Null(TenantName.Problem("trang", Reserved));
    }
}
