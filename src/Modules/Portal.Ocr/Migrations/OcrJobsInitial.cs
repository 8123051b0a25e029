using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Ocr.Models;

namespace Portal.Ocr.Migrations;

[DbContext(typeof(OcrDb))]
[Migration("20261203000000_OcrJobsInitial")]
public sealed class OcrJobsInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("OcrJobs", t => new
        {
            Id = t.Column<Guid>(nullable: false),
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            UserName = t.Column<string>(maxLength: 200, nullable: false),
            FileId = t.Column<Guid>(nullable: false),
            FileName = t.Column<string>(maxLength: 260, nullable: false),
            State = t.Column<int>(nullable: false),
            Page = t.Column<int>(nullable: false),
            Pages = t.Column<int>(nullable: false),
            Attempts = t.Column<int>(nullable: false),
            LeaseOwner = t.Column<string>(maxLength: 100, nullable: true),
            LeaseUntilUtc = t.Column<DateTime>(nullable: true),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            FinishedUtc = t.Column<DateTime>(nullable: true),
            Error = t.Column<string>(maxLength: 1000, nullable: false),
            FieldsJson = t.Column<string>(nullable: false),
            ConfidenceJson = t.Column<string>(nullable: false),
            TextFileId = t.Column<Guid>(nullable: true),
            DocumentKind = t.Column<string>(maxLength: 50, nullable: true),
            DocumentId = t.Column<string>(maxLength: 100, nullable: true),
            RegisteredUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_OcrJobs", x => x.Id));
        b.CreateIndex("IX_OcrJobs_State_CreatedUtc", "OcrJobs", ["State", "CreatedUtc"]);
        b.CreateIndex("IX_OcrJobs_UserId_CreatedUtc", "OcrJobs", ["UserId", "CreatedUtc"]);
        b.CreateIndex("IX_OcrJobs_DocumentKind_DocumentId", "OcrJobs", ["DocumentKind", "DocumentId"]);
    }
}
