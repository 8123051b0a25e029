using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Data;
using Portal.Registers;
using Portal.Tests.ApiTokens;
using Portal.Tests.Support;

namespace Portal.Tests.Registers;

/// <summary>Numbers per book and per year (Vietnam time), taken in the caller's transaction; each test in a commune of its own.</summary>
[Collection(DemoServerCollection.Name)]
[Trait("Database", "Both")]
public sealed class RegisterNumberingTests(DemoServerFixture fixture)
{
    private const string Incoming = "BMNN-DEN";
    private const string HandOver = "BMNN-CG";
    private static readonly DateTimeOffset December = new(2026, 12, 10, 2, 0, 0, TimeSpan.Zero);

    private async Task<string> NewCommuneAsync()
    {
        var tenant = UniqueNames.Tenant("xa-so");
        await fixture.Server.CreateTenantAsync(tenant);
        return tenant;
    }

    private Task<RegisterNumber> TakeAsync(string tenant, string book, DateTimeOffset at, bool commit = true) =>
        RegisterWork.TakeAsync(fixture.Server, tenant, book, at, commit);

    [Fact]
    public async Task Numbers_start_at_1_and_follow_on_in_each_book_separately()
    {
        var tenant = await NewCommuneAsync();

        var first = await TakeAsync(tenant, Incoming, December);
        var second = await TakeAsync(tenant, Incoming, December);
        var handOver = await TakeAsync(tenant, HandOver, December);
        var third = await TakeAsync(tenant, Incoming, December);

        Assert.Equal(new[] { 1, 2, 3 }, new[] { first.Number, second.Number, third.Number });
        Assert.Equal((Incoming, 2026), (first.BookCode, first.Year));
        Assert.Equal(1, handOver.Number);
        Assert.NotEqual(first.BookId, handOver.BookId);
    }

    [Fact]
    public async Task A_rolled_back_registration_gives_its_number_back()
    {
        var tenant = await NewCommuneAsync();
        await TakeAsync(tenant, Incoming, December);

        var rolledBack = await TakeAsync(tenant, Incoming, December, commit: false);
        var next = await TakeAsync(tenant, Incoming, December);
        var after = await TakeAsync(tenant, Incoming, December);

        Assert.Equal(2, rolledBack.Number);
        Assert.Equal(2, next.Number);
        Assert.Equal(3, after.Number);
    }

    [Fact]
    public async Task The_first_number_of_a_year_rolled_back_leaves_the_year_starting_at_1()
    {
        var tenant = await NewCommuneAsync();

        await TakeAsync(tenant, Incoming, December, commit: false);

        Assert.Equal(1, (await TakeAsync(tenant, Incoming, December)).Number);
    }

    [Fact]
    public async Task The_year_restarts_at_midnight_on_1_January_in_Vietnam_not_in_UTC()
    {
        var tenant = await NewCommuneAsync();
        await TakeAsync(tenant, Incoming, December);

        var lastSecondOf2026 = await TakeAsync(tenant, Incoming, new DateTimeOffset(2026, 12, 31, 16, 59, 59, TimeSpan.Zero));
        var newYear = await TakeAsync(tenant, Incoming, new DateTimeOffset(2026, 12, 31, 17, 0, 0, TimeSpan.Zero));
        var newYearInVietnamTime = await TakeAsync(tenant, Incoming, new DateTimeOffset(2027, 1, 1, 0, 0, 1, TimeSpan.FromHours(7)));
        var late2026Entry = await TakeAsync(tenant, Incoming, new DateTimeOffset(2026, 12, 31, 10, 0, 0, TimeSpan.Zero));

        Assert.Equal((2026, 2), (lastSecondOf2026.Year, lastSecondOf2026.Number));
        Assert.Equal((2027, 1), (newYear.Year, newYear.Number));
        Assert.Equal((2027, 2), (newYearInVietnamTime.Year, newYearInVietnamTime.Number));
        Assert.Equal((2026, 3), (late2026Entry.Year, late2026Entry.Number));
    }

    [Fact]
    public async Task An_unknown_book_is_refused_in_Vietnamese()
    {
        var tenant = await NewCommuneAsync();

        var refused = await Assert.ThrowsAsync<RegisterUnavailableException>(() => TakeAsync(tenant, "KHONG-CO", December));

        Assert.Equal("Không có sổ đăng ký mã 'KHONG-CO'.", refused.Message);
    }

    [Fact]
    public async Task An_inactive_book_gives_no_number_and_its_count_is_kept()
    {
        var tenant = await NewCommuneAsync();
        await TakeAsync(tenant, Incoming, December);
        await RegisterWork.DeactivateAsync(fixture.Server, tenant, Incoming);

        var refused = await Assert.ThrowsAsync<RegisterUnavailableException>(() => TakeAsync(tenant, Incoming, December));

        Assert.Equal("Sổ 'Sổ đăng ký bí mật nhà nước đến' (mã BMNN-DEN) đã ngừng sử dụng; không thể cấp số trong sổ này.", refused.Message);
        Assert.Equal(1, (await TakeAsync(tenant, HandOver, December)).Number);
    }

    [Fact]
    public async Task A_number_outside_a_transaction_is_refused_so_it_could_not_be_given_back()
    {
        var tenant = await NewCommuneAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => TenantWork.RunAsync(fixture.Server, tenant, s =>
            s.GetRequiredService<IRegisterNumbering>().NextAsync(Incoming, December, CancellationToken.None)));

        Assert.Equal(1, (await TakeAsync(tenant, Incoming, December)).Number);
    }

    [Fact]
    public async Task A_number_joins_the_transaction_of_the_work_around_it()
    {
        var tenant = await NewCommuneAsync();

        var numbers = await TenantWork.RunAsync(fixture.Server, tenant, async s =>
        {
            var numbering = s.GetRequiredService<IRegisterNumbering>();
            var taken = new List<int>();
            await s.GetRequiredService<ITenantUnitOfWork>().InTransactionAsync(async () =>
            {
                taken.Add((await numbering.NextAsync(Incoming, December, CancellationToken.None)).Number);
                taken.Add((await numbering.NextAsync(Incoming, December, CancellationToken.None)).Number);
            });
            return taken;
        });

        Assert.Equal(new[] { 1, 2 }, numbers);
        Assert.Equal(3, (await TakeAsync(tenant, Incoming, December)).Number);
    }
}
