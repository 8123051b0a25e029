using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;
using Portal.Secrets.Models;

namespace Portal.Secrets.Migrations;

[DbContext(typeof(SecretsDb))]
[Migration("20261231000000_SecretsInitial")]
public sealed class SecretsInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("SecretRegister", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            DocumentKind = t.Column<string>(maxLength: 20, nullable: false),
            DocumentId = t.Column<int>(nullable: false),
            NumberSymbol = t.Column<string>(maxLength: 100, nullable: false),
            OriginalLevel = t.Column<int>(nullable: false),
            Level = t.Column<int>(nullable: false),
            LevelSetOn = t.Column<DateOnly>(nullable: false),
            PeriodYears = t.Column<int>(nullable: false),
            EndsOn = t.Column<DateOnly>(nullable: false),
            Status = t.Column<int>(nullable: false),
            DeclassifiedOn = t.Column<DateOnly>(nullable: true),
            RemindedOn = t.Column<DateOnly>(nullable: true),
            EnteredUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_SecretRegister", x => x.Id));
        // A document enters once, however often its event is delivered.
        b.CreateIndex("IX_SecretRegister_Document", "SecretRegister", ["DocumentKind", "DocumentId"], unique: true);
        b.CreateIndex("IX_SecretRegister_StatusEnds", "SecretRegister", ["Status", "EndsOn"]);
        b.CreateTable("SecretDecisions", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            EntryId = t.Column<int>(nullable: false),
            Action = t.Column<string>(maxLength: 40, nullable: false),
            Reason = t.Column<string>(maxLength: 1000, nullable: false),
            DecisionNumber = t.Column<string>(maxLength: 100, nullable: false),
            FromLevel = t.Column<int>(nullable: false),
            ToLevel = t.Column<int>(nullable: false),
            EndsBefore = t.Column<DateOnly>(nullable: false),
            EndsAfter = t.Column<DateOnly>(nullable: false),
            DeciderId = t.Column<string>(maxLength: 100, nullable: false),
            DeciderName = t.Column<string>(maxLength: 200, nullable: false),
            AtUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t =>
        {
            t.PrimaryKey("PK_SecretDecisions", x => x.Id);
            t.ForeignKey("FK_SecretDecisions_Register", x => x.EntryId, "SecretRegister", "Id");
        });
        b.CreateIndex("IX_SecretDecisions_Entry", "SecretDecisions", "EntryId");
    }
}
