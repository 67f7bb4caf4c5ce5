graph [
  directed 1
  name "checkout flow"
  node [
    id 0
    label "web"
    kind "app"
    region "us-east-1"
  ]
  node [
    id 1
    label "api"
    kind "service"
    region "us-east-1"
    graphics [
      x 10.0
      y 20.0
    ]
  ]
  node [
    id 2
    label "db"
    kind "database"
    weight 5
  ]
  edge [
    source 0
    target 1
  ]
  edge [
    source 1
    target 2
    type "sync"
  ]
  edge [
    source 1
    target 2
  ]
]
