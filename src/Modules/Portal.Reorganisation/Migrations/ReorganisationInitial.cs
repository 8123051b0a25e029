using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;
using Portal.Reorganisation.Models;

namespace Portal.Reorganisation.Migrations;

[DbContext(typeof(ReorganisationDb))]
[Migration("20261205000000_ReorganisationInitial")]
public sealed class ReorganisationInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("Reorganisations", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            Sources = t.Column<string>(maxLength: 1000, nullable: false),
            Target = t.Column<string>(maxLength: 63, nullable: false),
            State = t.Column<int>(nullable: false),
            Plan = t.Column<string>(nullable: false),
            PlannedBy = t.Column<string>(maxLength: 200, nullable: false),
            PlannedUtc = t.Column<DateTime>(nullable: false),
            ApprovedBy = t.Column<string>(maxLength: 200, nullable: false),
            ApprovedUtc = t.Column<DateTime>(nullable: true),
            FinishedUtc = t.Column<DateTime>(nullable: true),
            Error = t.Column<string>(maxLength: 2000, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_Reorganisations", x => x.Id));
        b.CreateIndex("IX_Reorganisations_State", "Reorganisations", ["State"]);

        b.CreateTable("ReorganisationSteps", t => new
        {
            Id = t.Column<long>(nullable: false).Generated(),
            ReorganisationId = t.Column<Guid>(nullable: false),
            Source = t.Column<string>(maxLength: 63, nullable: false),
            SourceIndex = t.Column<int>(nullable: false),
            Kind = t.Column<string>(maxLength: 50, nullable: false),
            Order = t.Column<int>(nullable: false),
            Cursor = t.Column<string>(maxLength: 200, nullable: true),
            Moved = t.Column<int>(nullable: false),
            Planned = t.Column<int>(nullable: false),
            Done = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_ReorganisationSteps", x => x.Id));
        b.CreateIndex("IX_ReorganisationSteps_ReorganisationId_SourceIndex_Kind", "ReorganisationSteps",
            ["ReorganisationId", "SourceIndex", "Kind"], unique: true);
    }
}
