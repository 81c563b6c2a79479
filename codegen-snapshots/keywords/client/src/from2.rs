//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::from2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct From2Params {
    pub from2: ::std::option::Option<::std::string::String>,
    pub from3: ::std::option::Option<::std::string::String>,
    pub from4: ::std::option::Option<::std::string::String>,
}
impl From2Params {
    /// Sets `from2`.
    #[must_use]
    pub fn from2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `from3`.
    #[must_use]
    pub fn from3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `from4`.
    #[must_use]
    pub fn from4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.from4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::from2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct From2OkHeaders {
    pub from: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::from2`].
#[derive(Debug, Clone, PartialEq)]
pub enum From2Response {
    /// ok
    Ok { body: super::types::Everything, headers: From2OkHeaders },
}
/// Documented error responses of [`super::Client::from2`].
#[derive(Debug, Clone, PartialEq)]
pub enum From2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::from_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum FromPost2Error {}
impl super::Client {
    /// */ operation from "#
    ///
    /// `GET /op197/{from}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn from2(
        &self,
        from: &str,
        params: &From2Params,
    ) -> ::std::result::Result<From2Response, super::Error<From2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op197/");
        url.push_str(
            &super::runtime::path_param(
                "from",
                &super::runtime::to_value("from", &from)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.from2 {
            let v = super::runtime::to_value("from", v)?;
            super::runtime::push_param(&mut query, "from", &v, "form", true);
        }
        if let Some(v) = &params.from3 {
            let v = super::runtime::to_value("from", v)?;
            headers.push(("from", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.from4 {
            let v = super::runtime::to_value("from", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "from", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[197usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("from2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "from", method = "GET", path =
            "/op197/{from}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("from2", status, &response_headers);
        match status {
            200 => {
                let headers = From2OkHeaders {
                    from: super::runtime::optional_header(
                        &response_headers,
                        "from",
                        status,
                    )?,
                };
                Ok(From2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        From2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(From2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            From2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op197/{from}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn from_post2(
        &self,
        from: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<FromPost2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op197/");
        url.push_str(
            &super::runtime::path_param(
                "from",
                &super::runtime::to_value("from", &from)?,
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
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("from_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "from_post", method = "POST", path =
            "/op197/{from}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("from_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        FromPost2Error,
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
