"""The school's rules: roles, forms, access, school years and the absence protocol.

Pure Python: no bot framework, web server or database is imported here.
"""
