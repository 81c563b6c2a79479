//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::box2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Box2Params {
    pub box2: ::std::option::Option<::std::string::String>,
    pub box3: ::std::option::Option<::std::string::String>,
    pub box4: ::std::option::Option<::std::string::String>,
}
impl Box2Params {
    /// Sets `box2`.
    #[must_use]
    pub fn box2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.box2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `box3`.
    #[must_use]
    pub fn box3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.box3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `box4`.
    #[must_use]
    pub fn box4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.box4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::box2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Box2OkHeaders {
    pub r#box: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::box2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Box2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Box2OkHeaders },
}
/// Documented error responses of [`super::Client::box2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Box2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::box_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum BoxPost2Error {}
impl super::Client {
    /// */ operation Box "#
    ///
    /// `GET /op110/{Box}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn box2(
        &self,
        r#box: &str,
        params: &Box2Params,
    ) -> ::std::result::Result<Box2Response, super::Error<Box2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op110/");
        url.push_str(
            &super::runtime::path_param(
                "Box",
                &super::runtime::to_value("Box", &r#box)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.box2 {
            let v = super::runtime::to_value("Box", v)?;
            super::runtime::push_param(&mut query, "Box", &v, "form", true);
        }
        if let Some(v) = &params.box3 {
            let v = super::runtime::to_value("Box", v)?;
            headers.push(("Box", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.box4 {
            let v = super::runtime::to_value("Box", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Box", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[110usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("box2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Box", method = "GET", path =
            "/op110/{Box}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("box2", status, &response_headers);
        match status {
            200 => {
                let headers = Box2OkHeaders {
                    r#box: super::runtime::optional_header(
                        &response_headers,
                        "Box",
                        status,
                    )?,
                };
                Ok(Box2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Box2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Box2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Box2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op110/{Box}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn box_post2(
        &self,
        r#box: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<BoxPost2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op110/");
        url.push_str(
            &super::runtime::path_param(
                "Box",
                &super::runtime::to_value("Box", &r#box)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("box_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Box_post", method = "POST", path =
            "/op110/{Box}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("box_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        BoxPost2Error,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
