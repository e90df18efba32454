"""Texts of the command line (zh_CN, en), in the one domain message catalogue: the CLI has no
inline Chinese/English pairs (issue 7 item 2)."""

from __future__ import annotations

from app.domain.messages import register

CATALOGUE = register(
    {
        "cli.owner": ("负责人：{name}", "Owner: {name}"),
        "cli.customer": ("客户：{name} {phone}", "Customer: {name} {phone}"),
        "cli.asset": ("车辆/产品：{label}  {identifier}", "Asset: {label}  {identifier}"),
        "cli.fault": ("故障描述：{text}", "Fault: {text}"),
        "cli.total": ("合计：{total}", "Total: {total}"),
        "cli.demo_resuming": (
            "继续完成上次中断的演示数据：{path}",
            "Finishing the interrupted demo in {path}",
        ),
        "cli.demo_exists": (
            "数据目录已有经销商数据：{path}",
            "The data directory already has a dealer: {path}",
        ),
        "cli.demo_created": (
            "演示经销商已创建，工单数：{orders}",
            "Demo dealer created, cases: {orders}",
        ),
        "cli.took": ("耗时 {seconds} 秒", "took {seconds} s"),
        "cli.staff_header": ("姓名\t角色\tPIN", "Name\tRole\tPIN"),
        # print / scan (app/cli/printing.py)
        "cli.document_version": ("第 {version} 版", "version {version}"),
        "cli.document_pages": ("{pages} 页", "{pages} page(s)"),
        "cli.scan_signed": ("已签字（纸质），可派工", "signed on paper; ready for dispatch"),
        "cli.scan_filed": ("已归档", "filed"),
    }
)
