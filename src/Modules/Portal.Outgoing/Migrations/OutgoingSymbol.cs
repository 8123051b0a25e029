using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Outgoing.Models;

namespace Portal.Outgoing.Migrations;

/// <summary>The symbol (ký hiệu) the clerk sets at the format check, printed on the signed page beside the blank number.</summary>
[DbContext(typeof(OutgoingDb))]
[Migration("20261222000000_OutgoingSymbol")]
public sealed class OutgoingSymbol : Migration
{
    protected override void Up(MigrationBuilder b) =>
        b.AddColumn<string>("Symbol", "OutgoingDocuments", maxLength: 40, nullable: false, defaultValue: "");
}
