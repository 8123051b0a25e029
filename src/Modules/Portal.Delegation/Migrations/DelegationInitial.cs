using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;
using Portal.Delegation.Models;

namespace Portal.Delegation.Migrations;

[DbContext(typeof(DelegationDb))]
[Migration("20261204160000_DelegationInitial")]
public sealed class DelegationInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("Absences", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            LeaderUserId = t.Column<string>(maxLength: 100, nullable: false),
            LeaderName = t.Column<string>(maxLength: 200, nullable: false),
            LeaderTitle = t.Column<string>(maxLength: 200, nullable: false),
            DeputyUserId = t.Column<string>(maxLength: 100, nullable: false),
            DeputyUserName = t.Column<string>(maxLength: 100, nullable: false),
            DeputyName = t.Column<string>(maxLength: 200, nullable: false),
            DeputyTitle = t.Column<string>(maxLength: 200, nullable: false),
            Kind = t.Column<string>(maxLength: 20, nullable: false),
            FromDate = t.Column<DateOnly>(nullable: false),
            ToDate = t.Column<DateOnly>(nullable: false),
            Scope = t.Column<string>(maxLength: 500, nullable: false),
            Reference = t.Column<string>(maxLength: 200, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            CancelledUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Absences", x => x.Id));
        b.CreateIndex("IX_Absences_LeaderUserId_ToDate", "Absences", ["LeaderUserId", "ToDate"]);
    }
}
