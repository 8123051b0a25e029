using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Templates.Models;

namespace Portal.Templates.Migrations;

[DbContext(typeof(TemplatesDb))]
[Migration("20261220000000_TemplatesInitial")]
public sealed class TemplatesInitial : Migration
{
    protected override void Up(MigrationBuilder b) =>
        b.CreateTable("DocumentTemplates", t => new
        {
            TypeCode = t.Column<string>(maxLength: 50, nullable: false),
            Source = t.Column<string>(maxLength: TemplateRules.MaxSourceChars, nullable: false),
            UpdatedUtc = t.Column<DateTime>(nullable: false),
            UpdatedBy = t.Column<string>(maxLength: 100, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_DocumentTemplates", x => x.TypeCode));
}
