using System.Net;
using Portal.Tests.Access;
using Portal.Tests.Incoming;

namespace Portal.Tests.Outgoing;

/// <summary>
/// Signing asks for a recent second factor: a session whose code is older than the allowed window (two
/// seconds on this server) is refused in Vietnamese and nothing is signed; a fresh code lets the same
/// person sign.
/// </summary>
public sealed class SignerStepUpTests(AccessMatrixFixture fixture) : IClassFixture<AccessMatrixFixture>
{
    [Fact]
    public async Task A_signer_whose_second_factor_is_older_than_the_window_is_refused_until_stepping_up_again()
    {
        var outgoing = new OutgoingAgency(await IncomingAgency.CreateAsync(fixture.Server, "di-buoc-hai"));
        var id = await outgoing.AwaitingSignatureAsync(OutgoingAgency.Draft());
        await outgoing.StepUpAsync(OutgoingAgency.Signer);
        // Past the window: the session's second factor is now stale (the wait ages it; nothing is timed).
        await Task.Delay(AccessMatrixFixture.StepUpFreshness + TimeSpan.FromSeconds(1));

        var stale = await outgoing.StepAsync(OutgoingAgency.Signer, id, "sign");
        Assert.Equal(HttpStatusCode.Forbidden, stale.StatusCode);
        Assert.Contains("Cần xác thực lại bằng mã một lần (bước hai) trước khi ký số.", await stale.Content.ReadAsStringAsync());
        var unsigned = await outgoing.Agency.GetJsonAsync(OutgoingAgency.Signer, $"api/outgoing/{id}");
        Assert.Equal("AwaitingSignature", unsigned.GetProperty("status").GetString());
        Assert.False(unsigned.GetProperty("signed").GetBoolean());

        await outgoing.StepUpAsync(OutgoingAgency.Signer);
        var signed = await outgoing.StepOkAsync(OutgoingAgency.Signer, id, "sign");
        Assert.True(signed.GetProperty("signed").GetBoolean());
    }
}
