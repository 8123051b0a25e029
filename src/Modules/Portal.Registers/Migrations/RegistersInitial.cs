using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;
using Portal.Registers.Models;

namespace Portal.Registers.Migrations;

[DbContext(typeof(RegistersDb))]
[Migration("20261125002000_RegistersInitial")]
public sealed class RegistersInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("RegistrationBooks", t => new
        {
            Id = t.Column<int>(nullable: false).Generated(),
            Code = t.Column<string>(maxLength: 50, nullable: false),
            Name = t.Column<string>(maxLength: 300, nullable: false),
            Kind = t.Column<int>(nullable: false),
            IsActive = t.Column<bool>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_RegistrationBooks", x => x.Id));
        b.CreateIndex("IX_RegistrationBooks_Code", "RegistrationBooks", "Code", unique: true);
    }
}
