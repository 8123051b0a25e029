using System.Text.Json.Nodes;
using Portal.Access;
using Portal.Core;
using Portal.Core.Tenancy;
using Portal.Registers;
using Portal.Testing;
using Portal.Tests.Recipes;
using Portal.Tests.Support;

namespace Portal.Tests.Registers;

/// <summary>The "registrationBooks" recipe step: the shipped recipes' registers, a tenant's own columns and subject rule, and bad steps refused.</summary>
[Collection(RecipeServerCollection.Name)]
public sealed class RegistrationBooksRecipeTests(RecipeServerFixture fixture)
{
    private const string Step = "Bước 5 ('registrationBooks'): ";

    private PortalTestServer Server => fixture.Server;

    private string WriteBooksStep(string name, JsonObject step) =>
        fixture.WriteCommuneVariant(name, steps =>
        {
            var index = steps.Select((s, i) => (s, i)).Single(p => p!.s!["name"]!.GetValue<string>() == "registrationBooks").i;
            step["name"] = "registrationBooks";
            steps[index] = step;
        });

    private static JsonObject Book(string code, string kind, params string[] columns)
    {
        var book = new JsonObject { ["code"] = code, ["name"] = $"Sổ {code}", ["kind"] = kind };
        if (columns.Length > 0)
            book["columns"] = new JsonArray(columns.Select(c => (JsonNode)JsonValue.Create(c)).ToArray());
        return book;
    }

    [Theory]
    [InlineData("commune")]
    [InlineData("department")]
    [InlineData("province")]
    [InlineData("ministry")]
    public async Task Every_shipped_agency_recipe_gives_an_incoming_register_and_a_hand_over_book_hiding_Toi_mat_subjects(string recipe)
    {
        var tenant = UniqueNames.Tenant("so-" + recipe[..3]);
        await Server.CreateTenantAsync(tenant, recipe);

        var incoming = await RegisterWork.BookAsync(Server, tenant, "BMNN-DEN");
        var handOver = await RegisterWork.BookAsync(Server, tenant, "BMNN-CG");

        Assert.Equal((RegisterKind.Incoming, true), (incoming!.Kind, incoming.IsActive));
        Assert.Equal((RegisterKind.HandOver, true), (handOver!.Kind, handOver.IsActive));
        Assert.Contains(RegisterColumn.ArrivalNumber, incoming.Columns);
        Assert.Contains(RegisterColumn.HandedOverBy, handOver.Columns);
        Assert.True(incoming.Subjects.Shows(SecrecyLevel.Mat));
        Assert.False(incoming.Subjects.Shows(SecrecyLevel.ToiMat));
    }

    [Fact]
    public async Task A_recipe_sets_each_books_columns_in_its_order_and_the_subject_rule()
    {
        var recipe = WriteBooksStep("so-rieng", new JsonObject
        {
            ["showSubject"] = new JsonObject { ["mat"] = false, ["toiMat"] = true },
            ["books"] = new JsonArray(
                Book("DEN", "incoming", "arrival-number", "classification", "number-symbol"),
                Book("CG", "hand-over")),
        });
        var tenant = UniqueNames.Tenant("xa-so-rieng");

        await Server.CreateTenantAsync(tenant, recipe);

        var incoming = await RegisterWork.BookAsync(Server, tenant, "DEN");
        Assert.Equal([RegisterColumn.ArrivalNumber, RegisterColumn.Classification, RegisterColumn.NumberAndSymbol], incoming!.Columns);
        Assert.Equal((false, true), (incoming.Subjects.Mat, incoming.Subjects.ToiMat));
        Assert.Equal(RegisterColumn.HandOverDate, (await RegisterWork.BookAsync(Server, tenant, "CG"))!.Columns[0]);
        Assert.Null(await RegisterWork.BookAsync(Server, tenant, "BMNN-DEN"));
    }

    [Fact]
    public async Task A_bad_step_is_refused_with_every_problem_and_no_tenant_is_left()
    {
        var recipe = WriteBooksStep("so-hong", new JsonObject
        {
            ["showSubject"] = new JsonObject { ["mat"] = "có", ["tuyetMat"] = true },
            ["books"] = new JsonArray(
                Book("DEN", "incoming", "arrival-number", "so-trang", "arrival-number"),
                Book("DEN", "outgoing"),
                Book("sổ đi", "sideways"),
                new JsonObject { ["code"] = "CG", ["name"] = "Sổ chuyển giao", ["kind"] = "hand-over", ["columns"] = new JsonArray() }),
        });
        var tenant = UniqueNames.Tenant("xa-so-hong");

        var refused = await Assert.ThrowsAsync<RequestRefusedException>(() => Server.CreateTenantAsync(tenant, recipe));

        Assert.Equal(
        [
            Step + "'showSubject.mat' phải là true hoặc false.",
            Step + "'showSubject' không có độ mật 'tuyetMat' (chỉ 'mat', 'toiMat').",
            Step + "sổ 'DEN': không có cột 'so-trang' (các cột: arrival-date, arrival-number, issuer, number-symbol, document-date, type-subject, "
                + "classification, copy-count, signer, recipient, hand-over-date, handed-over-by, receipt-signature, notes).",
            Step + "sổ 'DEN': cột 'arrival-number' bị lặp.",
            Step + "mã sổ 'DEN' bị lặp.",
            Step + "sổ 'sổ đi': Mã sổ chỉ gồm chữ cái không dấu, chữ số và các dấu '-', '_', '.'; bắt đầu bằng chữ cái hoặc chữ số.",
            Step + "sổ 'sổ đi': loại sổ 'sideways' không hợp lệ (incoming, outgoing, hand-over).",
            Step + "sổ 'CG': 'columns' phải là danh sách có ít nhất một cột.",
        ], refused.Errors);
        Assert.Null(await Server.Get<TenantAdministration>().FindAsync(tenant, CancellationToken.None));
    }
}
